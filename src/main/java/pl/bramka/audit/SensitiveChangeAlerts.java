package pl.bramka.audit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.bramka.mail.Mailer;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.PublicUrl;
import pl.bramka.user.Permission;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * E-mails every Representative of the merchant about a sensitive change as it is recorded, in the same transaction:
 * a new notification URL, a replaced shop key, a new API token, someone made a Representative. (An IBAN change has
 * its own e-mail, with the link to confirm it, from the shop module.) A kind another module adds (turning two-factor
 * sign-in off) joins by being added to {@link #ALWAYS}.
 */
@Component
class SensitiveChangeAlerts {

    private static final Set<AuditKind> ALWAYS = Set.of(AuditKind.NOTIFICATION_URL, AuditKind.KEY_ROTATED,
            AuditKind.TOKEN_ISSUED);
    private static final String REPRESENTATIVE = "REPRESENTATIVE";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DayRange.WARSAW);

    private final Mailer mailer;
    private final MessageSource messages;
    private final UserManagement users;
    private final PublicUrl publicUrl;

    SensitiveChangeAlerts(Mailer mailer, MessageSource messages, UserManagement users, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.users = users;
        this.publicUrl = publicUrl;
    }

    static boolean isSensitive(AuditEntry entry) {
        AuditKind kind = AuditKind.valueOf(entry.kind());
        return ALWAYS.contains(kind) || kind == AuditKind.USER && "role".equals(entry.detail())
                && REPRESENTATIVE.equals(entry.newValue());
    }

    void sendIfSensitive(AuditEntry entry) {
        if (!isSensitive(entry)) {
            return;
        }
        String what = ALWAYS.contains(AuditKind.valueOf(entry.kind())) ? entry.kind() : REPRESENTATIVE;
        String actorName = entry.actorId() == null ? "Bramka" : users.contact(entry.merchantId(), entry.actorId())
                .map(UserContact::fullName).orElse("");
        for (UserContact representative : users.activeUsersWith(entry.merchantId(), Permission.VIEW_AUDIT)) {
            Locale locale = representative.locale();
            String none = messages.getMessage("sensitive.none", null, locale);
            String subject = messages.getMessage("sensitive.what." + what, new Object[] {entry.target()}, locale);
            String change = messages.getMessage("sensitive.change", new Object[] {
                Objects.requireNonNullElse(entry.oldValue(), none), Objects.requireNonNullElse(entry.newValue(), none)},
                    locale);
            Object[] arguments = {subject, actorName, Objects.requireNonNullElse(entry.actor(), ""), change,
                TIME.format(entry.occurredAt()), Objects.requireNonNullElse(entry.address(), none),
                publicUrl.of("/audit")};
            mailer.send(representative.email(), messages.getMessage("sensitive.mail.subject", arguments, locale),
                    messages.getMessage("sensitive.mail.body", arguments, locale));
        }
    }
}
