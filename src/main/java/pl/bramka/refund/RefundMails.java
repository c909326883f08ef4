package pl.bramka.refund;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.bramka.mail.Mailer;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.Money;
import pl.bramka.shared.PublicUrl;
import pl.bramka.user.Permission;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/** The four-eyes e-mails, each in its recipient's language, with a link to the sale's page. */
@Component
class RefundMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final UserManagement users;
    private final PublicUrl publicUrl;

    RefundMails(Mailer mailer, MessageSource messages, UserManagement users, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.users = users;
        this.publicUrl = publicUrl;
    }

    /** Tells everyone else who may refund for the merchant that a request waits for them. */
    void requested(RefundRequest request, Transaction sale, UserContact requester) {
        String link = publicUrl.of("/transactions/" + sale.id());
        users.activeUsersWith(request.merchantId(), Permission.REFUND).stream()
                .filter(user -> !user.id().equals(requester.id()))
                .forEach(user -> send(user, "refund.approval.mail.requested", requester.fullName(),
                        amount(request, user.locale()), sale.orderId(), link));
    }

    /** Tells the requester what became of their request. */
    void decided(RefundRequest request, Transaction sale, RefundRequest.Status outcome) {
        String link = publicUrl.of("/transactions/" + sale.id());
        users.contact(request.merchantId(), request.requestedBy()).ifPresent(requester -> send(requester,
                "refund.approval.mail." + outcome.name(), amount(request, requester.locale()), sale.orderId(), link));
    }

    private void send(UserContact recipient, String key, Object... arguments) {
        Locale locale = recipient.locale();
        mailer.send(recipient.email(), messages.getMessage(key + ".subject", arguments, locale),
                messages.getMessage(key + ".body", arguments, locale));
    }

    private static String amount(RefundRequest request, Locale locale) {
        return new Money(request.amount(), request.currency()).format(locale);
    }
}
