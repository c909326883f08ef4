package pl.bramka.link;

import java.util.Locale;

/** What a reusable link may require its payer to give before paying. */
public enum PayerField {
    NAME, EMAIL, PHONE, ADDRESS;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PayerField ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
