package pl.bramka.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payouts across merchants, for the operator: the list and the two things the bank tells: a payout was sent, or it
 * came back. A returned payout's amount becomes an item of the shop's next payout.
 */
@Service
public class PayoutDesk {

    /** How many payouts one page of the operator's list shows. */
    public static final int PAGE_SIZE = 50;

    private final PayoutRepository payouts;
    private final PayoutRuns runs;
    private final Settlement settlement;
    private final Clock clock;

    PayoutDesk(PayoutRepository payouts, PayoutRuns runs, Settlement settlement, Clock clock) {
        this.payouts = payouts;
        this.runs = runs;
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * Settles now every ended period not settled yet, as the scheduled run does (which makes it safe to ask at any
     * time); returns how many payouts it made.
     */
    public int runSettlement() {
        return settlement.catchUp();
    }

    /**
     * Demo data only: settles a merchant's history written after the fact, each past day in the payout of its own
     * period, including days whose run finished before the history existed (the run at start); returns how many
     * payouts it made.
     */
    public int settleHistoryOf(UUID merchantId) {
        return settlement.catchUp() + settlement.settleLateItemsOf(merchantId);
    }

    /** One page of payouts, newest period first, optionally of one status; {@code after} is a page's cursor. */
    public List<Payout> page(@Nullable PayoutStatus status, @Nullable String after) {
        return payouts.all(status, PayoutCursor.parse(after).orElse(null), PAGE_SIZE);
    }

    /** The cursor of the page after the one that ends with {@code last}. */
    public static String cursorAfter(Payout last) {
        return PayoutCursor.after(last).toString();
    }

    public Optional<Payout> find(UUID id) {
        return payouts.find(id);
    }

    public Optional<SettlementRun> latestRun() {
        return runs.latest();
    }

    /** Whether it changed: only a scheduled payout can be marked sent. */
    @Transactional
    public boolean markSent(UUID id) {
        return payouts.markSent(id, clock.instant());
    }

    /** Whether it changed: only a sent payout can come back; its amount then waits for the shop's next payout. */
    @Transactional
    public boolean markReturned(UUID id) {
        Instant now = clock.instant();
        if (!payouts.markReturned(id, now)) {
            return false;
        }
        Payout returned = payouts.find(id).orElseThrow();
        payouts.addBalanceItem(returned, PayoutItem.Kind.RETURNED, returned.amount(), now);
        return true;
    }
}
