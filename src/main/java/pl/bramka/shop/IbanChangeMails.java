package pl.bramka.shop;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.bramka.mail.Mailer;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.PublicUrl;
import pl.bramka.user.UserContact;

/** Tells every Representative of an IBAN change asked for, in their language, with the link to decide on it. */
@Component
class IbanChangeMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DayRange.WARSAW);

    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    IbanChangeMails(Mailer mailer, MessageSource messages, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    void requested(IbanChange change, Shop shop, List<UserContact> representatives, UserContact requester) {
        String link = publicUrl.of("/shops/" + shop.serviceId() + "/data/iban-change/" + change.id());
        for (UserContact representative : representatives) {
            Locale locale = representative.locale();
            String none = messages.getMessage("shop.notSet", null, locale);
            String rule = change.awaitsConfirmation()
                    ? messages.getMessage("ibanChange.mail.rule.confirm", null, locale)
                    : messages.getMessage("ibanChange.mail.rule.objection",
                            new Object[] {TIME.format(change.effectiveAt())}, locale);
            Object[] arguments = {shop.name(), requester.fullName(), requester.email(),
                change.oldIbanGrouped() == null ? none : change.oldIbanGrouped(),
                change.newIbanGrouped() == null ? none : change.newIbanGrouped(), rule, link};
            mailer.send(representative.email(),
                    messages.getMessage("ibanChange.mail.subject", arguments, locale),
                    messages.getMessage("ibanChange.mail.body", arguments, locale));
        }
    }
}
