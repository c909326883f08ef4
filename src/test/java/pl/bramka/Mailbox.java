package pl.bramka;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

/** Reads what the application sent to the test SMTP server. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {
    }

    /** Waits for the newest message to the recipient whose subject contains the given text. */
    public static MimeMessage awaitMessage(GreenMail mail, String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(mail.getReceivedMessagesForDomain(recipient))
                .filter(message -> subjectOf(message).contains(subjectPart))
                .reduce((first, second) -> second).orElse(null), message -> message != null);
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String linkIn(MimeMessage message) {
        Matcher matcher = LINK.matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + body(message));
        }
        return matcher.group();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
