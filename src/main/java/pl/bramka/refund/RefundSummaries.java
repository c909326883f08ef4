package pl.bramka.refund;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.Money;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/** What a sale's page shows about its refunds: the refund module's part of the transaction details. */
@Service
public class RefundSummaries {

    private final RefundDesk desk;
    private final UserManagement users;

    RefundSummaries(RefundDesk desk, UserManagement users) {
        this.desk = desk;
        this.users = users;
    }

    /** The sale's refunds as {@code reader} sees them; the sale was found within the reader's merchant. */
    public RefundSummary of(SignedInUser reader, Transaction sale, Locale locale) {
        RefundDesk.Offer offer = desk.offer(sale);
        return new RefundSummary(new Money(offer.quote().remaining(), sale.currency()).format(locale),
                offer.open() && reader.can(Permission.REFUND), requests(reader, sale, locale));
    }

    private List<RequestView> requests(SignedInUser reader, Transaction sale, Locale locale) {
        return desk.requestsOf(sale).stream().map(request -> new RequestView(request.id(),
                new Money(request.amount(), request.currency()).format(locale), request.title(),
                request.status().name(), users.contact(reader.merchantId(), request.requestedBy())
                        .map(UserContact::fullName).orElse(""),
                request.requestedAt(), request.requestedBy().equals(reader.id()), request.failure())).toList();
    }
}
