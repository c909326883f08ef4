package pl.bramka.refund;

import java.util.UUID;

import pl.bramka.shared.Money;

/**
 * A user ordered a refund in the panel: made at once, or written as a request waiting for a second person's approval
 * ({@code awaitingApproval}). Published inside the transaction that decided it.
 */
public record RefundOrdered(UUID merchantId, UUID saleId, Money amount, UUID orderedBy, boolean awaitingApproval) {
}
