package pl.bramka.refund;

import java.util.Map;
import java.util.UUID;

/** The merchant's four-eyes thresholds (currency → minor units) were replaced; published inside that transaction. */
public record RefundRulesChanged(UUID merchantId, Map<String, Long> before, Map<String, Long> after, UUID changedBy) {
}
