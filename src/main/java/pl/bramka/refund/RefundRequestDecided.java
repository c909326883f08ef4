package pl.bramka.refund;

import java.util.UUID;

import pl.bramka.shared.Money;

/** A second person approved or rejected a refund request; published inside the transaction of the decision. */
public record RefundRequestDecided(UUID merchantId, UUID saleId, UUID requestId, Money amount, boolean approved,
        UUID decidedBy) {
}
