package pl.bramka.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * One order of one shop: every payment and attempt made for its order id.
 *
 * @param status   settled once any sale settled, otherwise the status of the latest attempt
 * @param lastAt   when the latest attempt started
 */
public record OrderSummary(UUID serviceId, String orderId, String currency, int attempts, TransactionStatus status,
        long settledAmount, long refundedAmount, Instant firstAt, Instant lastAt) {

    public PanelStatus panelStatus() {
        return PanelStatus.of(status);
    }
}
