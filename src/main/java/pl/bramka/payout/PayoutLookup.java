package pl.bramka.payout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Which payout holds a transaction, for the transaction's page; a merchant's payouts with their items, for reports. */
@Service
public class PayoutLookup {

    private static final int ITEMS_PER_QUERY = 1000;

    private final PayoutRepository payouts;

    PayoutLookup(PayoutRepository payouts) {
        this.payouts = payouts;
    }

    /** The merchant's payout that holds the transaction; empty while the transaction waits for the next run. */
    public Optional<Payout> payoutOf(UUID merchantId, UUID transactionId) {
        return payouts.ofTransaction(merchantId, transactionId);
    }

    /**
     * The merchant's payouts for the days {@code first} to {@code last}, oldest first, of the given shops (every shop
     * when empty) and currency (every currency when null).
     */
    public List<Payout> payoutsOf(UUID merchantId, LocalDate first, LocalDate last, Set<UUID> shops,
            @Nullable String currency) {
        return payouts.ofMerchantInPeriods(merchantId, first, last, shops, currency);
    }

    /** Every item of one of the merchant's payouts, in the order they were added; empty for another's payout. */
    public List<PayoutItem> itemsOf(UUID merchantId, UUID payoutId) {
        if (payouts.findOfMerchant(merchantId, payoutId).isEmpty()) {
            return List.of();
        }
        List<PayoutItem> items = new ArrayList<>();
        List<PayoutItem> page = payouts.items(payoutId, 0, ITEMS_PER_QUERY);
        while (!page.isEmpty()) {
            items.addAll(page);
            page = page.size() < ITEMS_PER_QUERY ? List.of()
                    : payouts.items(payoutId, page.get(page.size() - 1).id(), ITEMS_PER_QUERY);
        }
        return items;
    }
}
