package pl.bramka.refund;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.RefundQuote;
import pl.bramka.payment.RefundRefused;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.Money;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/**
 * Refunds ordered in the panel: at once, or, from the merchant's four-eyes threshold on, as a request that another
 * user with refund rights approves. Each form submission carries a token, so submitting it twice orders once.
 */
@Service
class RefundDesk {

    private final Refunds refunds;
    private final RefundRules rules;
    private final RefundRequests requests;
    private final RefundMails mails;
    private final UserManagement users;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RefundDesk(Refunds refunds, RefundRules rules, RefundRequests requests, RefundMails mails, UserManagement users,
            TransactionTemplate inTransaction, ApplicationEventPublisher events, Clock clock) {
        this.refunds = refunds;
        this.rules = rules;
        this.requests = requests;
        this.mails = mails;
        this.users = users;
        this.inTransaction = inTransaction;
        this.events = events;
        this.clock = clock;
    }

    /** What the form offers: what remains of the sale, less what pending requests would take. */
    record Offer(RefundQuote quote, long pending) {

        long offered() {
            return Math.max(0, quote.remaining() - pending);
        }

        boolean open() {
            return quote.refundable() && offered() > 0;
        }
    }

    /** What ordering a refund did: refunded at once, or a request now waiting for approval. */
    record Outcome(Optional<Transaction> refund, Optional<RefundRequest> request) {
    }

    Offer offer(Transaction sale) {
        return new Offer(refunds.quote(sale), requests.pendingAmount(sale.id()));
    }

    /**
     * Whether a refund of this amount must wait for a second person: when what the sale has refunded (or is
     * refunding), what awaits approval and this amount reach the merchant's threshold together, so a refund split
     * into parts below it needs approval all the same.
     */
    boolean needsApproval(Transaction sale, long amount) {
        return rules.thresholdOf(sale.merchantId(), sale.currency())
                .filter(threshold -> committed(sale) + amount >= threshold).isPresent();
    }

    /** What the sale's refunds have taken or will take, and what its requests awaiting approval would take. */
    private long committed(Transaction sale) {
        return sale.amount() - refunds.quote(sale).remaining() + requests.pendingAmount(sale.id());
    }

    List<RefundRequest> requestsOf(Transaction sale) {
        return requests.ofSale(sale.merchantId(), sale.id());
    }

    /** Whether this form was submitted before: its refund was made or its request written. */
    boolean alreadyOrdered(Transaction sale, String formToken) {
        return refunds.refundedWith(sale, "panel:" + formToken).isPresent()
                || requests.find(sale.merchantId(), sale.id(), requestId(sale, formToken)).isPresent();
    }

    /**
     * Refunds at once, or writes a request for approval. Orders of one sale are decided one at a time, each seeing
     * the refunds and requests of those before it, so two tabs ordering halves at once cannot pass the threshold
     * unseen; the refund goes to the acquirer only after that decision committed.
     */
    Outcome order(SignedInUser user, Transaction sale, long amount, String title, String formToken) {
        Outcome decided = inTransaction.execute(status -> {
            requests.lockSale(sale.id());
            boolean awaitingApproval = needsApproval(sale, amount);
            Outcome outcome = awaitingApproval
                    ? new Outcome(Optional.empty(), Optional.of(request(user, sale, amount, title, formToken)))
                    : new Outcome(Optional.of(refunds.reserve(sale, amount, title, PaymentSource.WEB,
                            "panel:" + formToken)), Optional.empty());
            events.publishEvent(new RefundOrdered(sale.merchantId(), sale.id(), new Money(amount, sale.currency()),
                    user.id(), awaitingApproval));
            return outcome;
        });
        return new Outcome(decided.refund().map(refunds::finish), decided.request());
    }

    /** Writes a request, in the caller's transaction, which holds the sale's lock. */
    private RefundRequest request(SignedInUser user, Transaction sale, long amount, String title, String formToken) {
        Offer offer = offer(sale);
        RefundRequest request = new RefundRequest(requestId(sale, formToken), sale.merchantId(), sale.id(), amount,
                sale.currency(), title, RefundRequest.Status.PENDING, user.id(), clock.instant(), null, null, null,
                null);
        Optional<RefundRequest> earlier = requests.find(sale.merchantId(), sale.id(), request.id());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!offer.quote().refundable()) {
            throw new RefundRefused(RefundRefused.Reason.NOTHING_LEFT);
        }
        if (amount <= 0 || amount > offer.offered()) {
            throw new RefundRefused(RefundRefused.Reason.AMOUNT_ABOVE_REMAINING);
        }
        requests.insert(request, formToken);
        mails.requested(request, sale, users.contact(user.merchantId(), user.id()).orElseThrow());
        return request;
    }

    /** One form makes one request: its id follows from the sale and the form's token. */
    private static UUID requestId(Transaction sale, String formToken) {
        return UUID.nameUUIDFromBytes((sale.id() + formToken).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Approves another user's request and makes its refund. The request is claimed first, so of two approvers one
     * wins; when the refund no longer fits what remains, the request becomes FAILED with the reason.
     */
    RefundRequest approve(SignedInUser approver, Transaction sale, UUID requestId) {
        return complete(claim(approver, sale, requestId, RefundRequest.Status.APPROVED), sale);
    }

    /**
     * Makes the refund of an approved request and records it, or records why it could not be made. The refund's
     * idempotency key is the request's, so completing a request again (after a crash in between) refunds once.
     */
    RefundRequest complete(RefundRequest approved, Transaction sale) {
        try {
            Transaction refund = refunds.refund(sale, approved.amount(), approved.title(), PaymentSource.WEB,
                    "request:" + approved.id());
            inTransaction.executeWithoutResult(status -> {
                requests.recordRefund(approved.id(), refund.id());
                mails.decided(approved, sale, RefundRequest.Status.APPROVED);
            });
            return approved;
        } catch (RefundRefused refused) {
            inTransaction.executeWithoutResult(status -> {
                requests.recordFailure(approved.id(), refused.reason().name());
                mails.decided(approved, sale, RefundRequest.Status.FAILED);
            });
            throw refused;
        }
    }

    RefundRequest reject(SignedInUser decider, Transaction sale, UUID requestId) {
        return inTransaction.execute(status -> {
            RefundRequest rejected = claim(decider, sale, requestId, RefundRequest.Status.REJECTED);
            mails.decided(rejected, sale, RefundRequest.Status.REJECTED);
            return rejected;
        });
    }

    private RefundRequest claim(SignedInUser decider, Transaction sale, UUID requestId,
            RefundRequest.Status decision) {
        RefundRequest request = requests.find(decider.merchantId(), sale.id(), requestId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (request.requestedBy().equals(decider.id())) {
            throw new RefundDecisionRefused(RefundDecisionRefused.Reason.OWN_REQUEST);
        }
        RefundRequest decided = requests.decide(decider.merchantId(), sale.id(), requestId, decider.id(), decision,
                clock.instant()).orElseThrow(() -> new RefundDecisionRefused(RefundDecisionRefused.Reason.NOT_PENDING));
        events.publishEvent(new RefundRequestDecided(decider.merchantId(), sale.id(), requestId,
                new Money(request.amount(), request.currency()), decision == RefundRequest.Status.APPROVED,
                decider.id()));
        return decided;
    }
}
