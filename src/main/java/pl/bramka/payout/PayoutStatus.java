package pl.bramka.payout;

import java.util.Locale;

/** Where a payout stands. */
public enum PayoutStatus {
    /** Made by the run, waiting to be sent to the bank. */
    SCHEDULED,
    SENT,
    /** Sent, but the bank returned it; its amount is an item of the shop's next payout. */
    RETURNED,
    /** Zero, negative or without an IBAN: nothing is sent, the balance is an item of the shop's next payout. */
    CARRIED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PayoutStatus ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
