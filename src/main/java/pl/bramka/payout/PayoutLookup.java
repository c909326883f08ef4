package pl.bramka.payout;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Which payout holds a transaction, for the transaction's page. */
@Service
public class PayoutLookup {

    private final PayoutRepository payouts;

    PayoutLookup(PayoutRepository payouts) {
        this.payouts = payouts;
    }

    /** The merchant's payout that holds the transaction; empty while the transaction waits for the next run. */
    public Optional<Payout> payoutOf(UUID merchantId, UUID transactionId) {
        return payouts.ofTransaction(merchantId, transactionId);
    }
}
