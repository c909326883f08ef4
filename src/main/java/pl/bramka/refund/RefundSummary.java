package pl.bramka.refund;

import java.util.List;

/**
 * A sale's refunds as its page shows them, amounts already written in the reader's language.
 *
 * @param remaining what is left to refund
 * @param orderable whether the reader may order a refund now (they have the right and something is offered)
 * @param requests  the sale's four-eyes requests, newest first
 */
public record RefundSummary(String remaining, boolean orderable, List<RequestView> requests) {
}
