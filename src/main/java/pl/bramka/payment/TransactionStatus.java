package pl.bramka.payment;

import java.util.Locale;

/** imoje's seven transaction statuses; {@link #wire()} is the word the API and notifications use. */
public enum TransactionStatus {
    NEW, PENDING, AUTHORIZED, SETTLED, REJECTED, CANCELLED, ERROR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TransactionStatus ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** A final status never changes again. */
    public boolean isFinal() {
        return this == SETTLED || this == REJECTED || this == CANCELLED || this == ERROR;
    }

    /** Whether money may still arrive: the payer has not finished, or the acquirer has not answered. */
    public boolean isOpen() {
        return this == NEW || this == PENDING || this == AUTHORIZED;
    }
}
