package pl.bramka.checkout;

import java.util.List;

/** Either what a paywall form yielded, or every reason it was refused. */
sealed interface PaywallOutcome<T> {

    record Accepted<T>(T value) implements PaywallOutcome<T> {
    }

    record Refused<T>(List<PaywallFieldError> errors) implements PaywallOutcome<T> {

        public Refused {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("A refusal needs a reason");
            }
            errors = List.copyOf(errors);
        }
    }
}
