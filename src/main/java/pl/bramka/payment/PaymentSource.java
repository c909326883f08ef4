package pl.bramka.payment;

import java.util.Locale;

/** Where a payment came from: the REST API, or the web (paywall form, payment link). */
public enum PaymentSource {
    API, WEB;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentSource ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
