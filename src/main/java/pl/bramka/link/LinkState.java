package pl.bramka.link;

import java.util.Locale;

/**
 * How a link stands: payable, paid (a one-time or API link's payment settled, or a reusable link reached its limit of
 * uses), expired (its time passed unpaid) or cancelled (deactivated in the panel, or its payment cancelled through the
 * API).
 */
enum LinkState {
    ACTIVE, PAID, EXPIRED, CANCELLED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
