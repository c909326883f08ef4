package pl.bramka.payment.acquirer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import pl.bramka.payment.IllegalTransition;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;

/**
 * What an acquirer asks of the payment core after its first answer left a sale pending: the sales it works on, by
 * the id its own pages are addressed by, and their outcome once the payer finished there, or once it gave up on them.
 */
public interface AcquiredSales {

    /** A sale by id, as the acquirer's pages carry it; empty for an unknown id and for a refund. */
    Optional<Transaction> sale(UUID saleId);

    /** The payment the sale belongs to. */
    Payment paymentOf(Transaction sale);

    /**
     * The acquirer's answer for a pending sale, applied through the state machine, so the shop is notified.
     *
     * @throws IllegalTransition when the sale was answered meanwhile
     */
    Transaction decide(UUID saleId, AcquirerStep.Decided decision);

    /** Sales waiting for the acquirer's answer since before {@code startedBefore}, the longest waiting first. */
    List<Transaction> pendingSince(Instant startedBefore, int limit);
}
