package pl.bramka.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.mail.MailAttachment;
import pl.bramka.mail.Mailer;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.user.SignedInUser;

/**
 * Stores a contact message and, in the same transaction, queues its e-mail to the support address (with the
 * sender's merchant and role) and the confirmation to the sender.
 */
@Service
class ContactMessages {

    /** A message in the sender's list. */
    record SentMessage(UUID id, ContactTopic topic, String message, @Nullable String attachmentName,
            Instant createdAt) {
    }

    static final int PAGE = 20;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MerchantManagement merchants;
    private final ContactDetails details;
    private final MessageSource messages;
    private final Clock clock;

    ContactMessages(JdbcClient jdbc, Mailer mailer, MerchantManagement merchants, ContactDetails details,
            MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.merchants = merchants;
        this.details = details;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    UUID send(SignedInUser sender, ContactTopic topic, String message, @Nullable Attachment attachment) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into contact_message (id, merchant_id, user_id, topic, message, attachment_name,
                    attachment_type, attachment, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sender.merchantId(), sender.id(), topic.name(), message,
                        attachment == null ? null : attachment.name(), attachment == null ? null : attachment.type(),
                        attachment == null ? null : attachment.content(), Timestamp.from(now))
                .update();
        String merchantName = merchants.nameOf(sender.merchantId());
        Locale polish = Locale.forLanguageTag("pl");
        details.supportEmail().ifPresent(support -> mailer.send(support,
                "[Bramka] " + text("contact.topic." + topic, polish) + ": " + merchantName,
                String.join("\n",
                        "Od: " + sender.fullName() + " <" + sender.email() + ">",
                        "Firma: " + merchantName + " (" + merchants.publicIdOf(sender.merchantId()) + ")",
                        "Rola: " + text("role." + sender.role(), polish),
                        "Temat: " + text("contact.topic." + topic, polish),
                        "Załącznik: " + (attachment == null ? "brak" : attachment.name() + " ("
                                + attachment.type() + ", " + attachment.content().length + " B)"),
                        "Wiadomość nr: " + id,
                        "",
                        message),
                attachment == null ? List.of()
                        : List.of(new MailAttachment(attachment.name(), attachment.type(), attachment.content()))));
        Locale language = Locale.forLanguageTag(sender.language());
        mailer.send(sender.email(), text("contact.mail.confirmation.subject", language),
                text("contact.mail.confirmation.body", language, text("contact.topic." + topic, language))
                        + "\n\n" + message);
        return id;
    }

    /** The sender's own messages, newest first, after the keyset position ({@code before}) when given. */
    List<SentMessage> sentBy(SignedInUser sender, @Nullable Instant beforeAt, @Nullable UUID beforeId) {
        boolean after = beforeAt != null && beforeId != null;
        return jdbc.sql("select id, topic, message, attachment_name, created_at from contact_message"
                + " where merchant_id = :merchant and user_id = :user"
                + (after ? " and (created_at, id) < (:beforeAt, :beforeId)" : "")
                + " order by created_at desc, id desc limit :limit")
                .params(after ? Map.of("merchant", sender.merchantId(), "user", sender.id(),
                        "beforeAt", Timestamp.from(beforeAt), "beforeId", beforeId, "limit", PAGE + 1)
                        : Map.of("merchant", sender.merchantId(), "user", sender.id(), "limit", PAGE + 1))
                .query((rs, row) -> new SentMessage(rs.getObject("id", UUID.class),
                        ContactTopic.valueOf(rs.getString("topic")), rs.getString("message"),
                        rs.getString("attachment_name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
