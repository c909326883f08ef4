package pl.bramka.payment;

import java.util.Locale;

public enum TransactionType {
    SALE, REFUND;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TransactionType ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
