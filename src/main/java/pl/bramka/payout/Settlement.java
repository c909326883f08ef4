package pl.bramka.payout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.payout.PayoutRepository.WaitingItem;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.NodeStopping;
import pl.bramka.shop.MerchantShops;

/**
 * The daily settlement. A period is a Warsaw day that ends at the cut-off; once it ended, the first run gives every
 * shop and currency one payout of the items that wait and occurred before that end: sales − refunds − commissions,
 * plus balances carried forward or returned. A positive amount to a shop with an IBAN is scheduled; anything else is
 * carried: nothing is sent and the balance becomes an item of the shop's next payout. Each period is settled in one
 * database transaction holding its run row, so runs on several nodes (or twice on one) settle it once; a period
 * missed while the application was down is settled by the next run, before the later ones. A stopping node finishes
 * the period it is settling and leaves the later ones to the next run of any node.
 */
@Service
class Settlement {

    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

    private final PayoutRepository payouts;
    private final PayoutRuns runs;
    private final MerchantShops shops;
    private final PayoutSettings settings;
    private final TransactionTemplate transactions;
    private final NodeStopping node;
    private final Clock clock;

    Settlement(PayoutRepository payouts, PayoutRuns runs, MerchantShops shops, PayoutSettings settings,
            TransactionTemplate transactions, NodeStopping node, Clock clock) {
        this.payouts = payouts;
        this.runs = runs;
        this.shops = shops;
        this.settings = settings;
        this.transactions = transactions;
        this.node = node;
        this.clock = clock;
    }

    /** On start (a fixed delay's first run is at once) and then every interval, on every node. */
    @Scheduled(fixedDelayString = "${bramka.payouts.run-interval:1m}")
    void runScheduled() {
        int made = catchUp();
        if (made > 0) {
            LOG.info("Settlement made {} payouts", made);
        }
    }

    /**
     * Settles every period that ended and is not settled yet, oldest first: those with waiting items, and always the
     * latest (so the run is visible even on a quiet day). Stops at a period another node is settling.
     *
     * @return how many payouts this call made
     */
    int catchUp() {
        Instant now = clock.instant();
        LocalDate latest = periodOf(now).minusDays(1);
        TreeSet<LocalDate> periods = new TreeSet<>(payouts.waitingPeriods(endOf(latest),
                settings.cutOff().toSecondOfDay()));
        periods.add(latest);
        int made = 0;
        for (LocalDate period : periods) {
            if (node.stopping()) {
                break;
            }
            if (runs.finished(period)) {
                continue;
            }
            Integer madeInPeriod = transactions.execute(status -> settle(period));
            if (madeInPeriod == null || madeInPeriod < 0) {
                break;
            }
            made += madeInPeriod;
        }
        return made;
    }

    /**
     * Settles, for one merchant only, the items that occurred in periods whose run finished before the items were
     * written (the demo's history, written after the run at start), each period in the payout of its own, oldest
     * first, so a balance carried from one is in the next.
     *
     * @return how many payouts this call made
     */
    int settleLateItemsOf(UUID merchantId) {
        Instant latestEnd = endOf(periodOf(clock.instant()).minusDays(1));
        int made = 0;
        LocalDate settled = null;
        while (true) {
            LocalDate after = settled;
            Optional<LocalDate> next = payouts.waitingPeriodsOf(merchantId, latestEnd, settings.cutOff()
                    .toSecondOfDay()).stream().filter(period -> after == null || period.isAfter(after)).findFirst();
            if (next.isEmpty()) {
                return made;
            }
            LocalDate period = next.get();
            made += Objects.requireNonNullElse(transactions.execute(status -> settleLate(merchantId, period)), 0);
            settled = period;
        }
    }

    private int settleLate(UUID merchantId, LocalDate period) {
        Instant end = endOf(period);
        Map<String, List<WaitingItem>> groups = new LinkedHashMap<>();
        for (WaitingItem item : payouts.lockWaitingItemsOf(merchantId, end)) {
            groups.computeIfAbsent(item.serviceId() + "/" + item.currency(), key -> new ArrayList<>()).add(item);
        }
        int made = 0;
        for (List<WaitingItem> items : groups.values()) {
            if (payOut(period, end, items)) {
                made++;
            }
        }
        return made;
    }

    /** The period (settlement day) an instant belongs to. */
    LocalDate periodOf(Instant instant) {
        return ZonedDateTime.ofInstant(instant, DayRange.WARSAW).minusSeconds(settings.cutOff().toSecondOfDay())
                .toLocalDate();
    }

    /** The moment a period ends: the cut-off on the next day, in Warsaw. */
    Instant endOf(LocalDate period) {
        return period.plusDays(1).atTime(settings.cutOff()).atZone(DayRange.WARSAW).toInstant();
    }

    /** Settles one period in the caller's transaction: the payouts made, or -1 when the period is not ours to run. */
    private int settle(LocalDate period) {
        Instant started = clock.instant();
        if (!runs.claim(period, started)) {
            return -1;
        }
        Instant end = endOf(period);
        Map<String, List<WaitingItem>> groups = new LinkedHashMap<>();
        for (WaitingItem item : payouts.lockWaitingItems(end)) {
            groups.computeIfAbsent(item.serviceId() + "/" + item.currency(), key -> new ArrayList<>()).add(item);
        }
        int made = 0;
        for (List<WaitingItem> items : groups.values()) {
            if (payOut(period, end, items)) {
                made++;
            }
        }
        runs.finish(period, clock.instant(), made);
        return made;
    }

    private boolean payOut(LocalDate period, Instant end, List<WaitingItem> items) {
        WaitingItem first = items.get(0);
        long sales = 0;
        long refunds = 0;
        long commission = 0;
        long carried = 0;
        boolean anyTransaction = false;
        for (WaitingItem item : items) {
            switch (item.kind()) {
                case SALE -> sales += item.amount();
                case REFUND -> refunds -= item.amount();
                case CARRIED, RETURNED -> carried += item.amount();
            }
            commission += item.commission();
            anyTransaction |= item.kind() == PayoutItem.Kind.SALE || item.kind() == PayoutItem.Kind.REFUND;
        }
        long amount = sales - refunds - commission + carried;
        String iban = shops.get(first.merchantId(), first.serviceId()).iban();
        boolean payable = amount > 0 && iban != null;
        if (!anyTransaction && !payable) {
            // Only balances wait, and they still cannot be paid: they keep waiting, with no payout of nothing.
            return false;
        }
        Instant now = clock.instant();
        PayoutStatus status = !payable ? PayoutStatus.CARRIED
                : settings.markSentAutomatically() ? PayoutStatus.SENT : PayoutStatus.SCHEDULED;
        Payout payout = new Payout(UUID.randomUUID(), first.merchantId(), first.serviceId(), first.currency(), period,
                status, sales, refunds, commission, carried, amount, iban, now,
                status == PayoutStatus.SENT ? now : null, null);
        if (!payouts.insert(payout)) {
            return false;
        }
        payouts.attach(payout.id(), items.stream().map(WaitingItem::id).toList());
        if (status == PayoutStatus.CARRIED) {
            payouts.addBalanceItem(payout, PayoutItem.Kind.CARRIED, amount, end);
        }
        return true;
    }
}
