package pl.bramka.payment;

import java.util.Arrays;
import java.util.Set;

/** The four statuses the panel shows (the guide's), each grouping imoje's wire statuses. */
public enum PanelStatus {
    COMPLETED(Set.of(TransactionStatus.SETTLED)),
    REJECTED(Set.of(TransactionStatus.REJECTED, TransactionStatus.CANCELLED)),
    IN_PROGRESS(Set.of(TransactionStatus.NEW, TransactionStatus.PENDING, TransactionStatus.AUTHORIZED)),
    ERROR(Set.of(TransactionStatus.ERROR));

    private final Set<TransactionStatus> statuses;

    PanelStatus(Set<TransactionStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<TransactionStatus> statuses() {
        return statuses;
    }

    public static PanelStatus of(TransactionStatus status) {
        return Arrays.stream(values()).filter(group -> group.statuses.contains(status)).findFirst().orElseThrow();
    }
}
