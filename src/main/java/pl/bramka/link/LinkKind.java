package pl.bramka.link;

import java.util.Locale;

/** How a link is paid: once, by any number of payers (EasySell), or as the payment a shop's API request opened. */
public enum LinkKind {
    ONE_TIME, REUSABLE, API;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LinkKind ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** Whether the link stands for exactly one payment, opened with it. */
    boolean single() {
        return this != REUSABLE;
    }
}
