package pl.bramka.dashboard;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionStatusChanged;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.DayRange;

/**
 * Adds every settlement to the daily rollup. It listens synchronously, so its row commits or rolls back with the
 * settlement, and the rollup always equals the sums of payment_transaction.
 */
@Component
class TurnoverRollup {

    /** Concurrent settlements of one shop, day and currency spread over this many rows instead of queuing on one. */
    static final int SLOTS = 4;

    private final DailyTurnover turnover;

    TurnoverRollup(DailyTurnover turnover) {
        this.turnover = turnover;
    }

    @EventListener
    void on(TransactionStatusChanged changed) {
        Transaction transaction = changed.transaction();
        if (transaction.status() != TransactionStatus.SETTLED || changed.previous() == TransactionStatus.SETTLED) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(transaction.created(), DayRange.WARSAW);
        int slot = Math.floorMod(transaction.id().hashCode(), SLOTS);
        turnover.add(transaction.merchantId(), day, transaction.serviceId(), transaction.currency(), slot,
                transaction.type() == TransactionType.SALE, transaction.amount());
    }
}
