package pl.bramka.payment.acquirer;

import java.util.List;

/** An acquirer's answer to a payment or refund request. */
public sealed interface AcquirerStep {

    /** The acquirer decided: the events to apply in order (e.g. AUTHORIZE then SETTLE), with their details. */
    record Decided(List<TransactionEvent> events, StatusDetails details) implements AcquirerStep {

        public static Decided settled(StatusDetails details) {
            return new Decided(List.of(TransactionEvent.SETTLE), details);
        }

        public static Decided rejected(String statusCode, String description) {
            return new Decided(List.of(TransactionEvent.REJECT), StatusDetails.code(statusCode, description));
        }

        public static Decided failed(String statusCode, String description) {
            return new Decided(List.of(TransactionEvent.FAIL), StatusDetails.code(statusCode, description));
        }
    }

    /** The payer must act on the acquirer's page first (bank login, 3-D Secure); the transaction is pending. */
    record PayerAction(String url) implements AcquirerStep {
    }
}
