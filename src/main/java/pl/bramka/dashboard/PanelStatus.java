package pl.bramka.dashboard;

import java.util.Locale;

import pl.bramka.payment.TransactionStatus;

/** The guide's four statuses, each grouping some of imoje's seven. */
enum PanelStatus {
    COMPLETED, REJECTED, IN_PROGRESS, ERROR;

    static PanelStatus of(TransactionStatus status) {
        return switch (status) {
            case SETTLED -> COMPLETED;
            case REJECTED, CANCELLED -> REJECTED;
            case NEW, PENDING, AUTHORIZED -> IN_PROGRESS;
            case ERROR -> ERROR;
        };
    }

    /** The badge's CSS class. */
    public String cssClass() {
        return "payment-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
