package pl.bramka;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reads what the application sent to the test SMTP server. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A file attached to a message, as received. */
    public record Attached(String fileName, String contentType, byte[] content) {
    }

    private Mailbox() {
    }

    /** Waits for the newest message to the recipient whose subject contains the given text. */
    public static MimeMessage awaitMessage(GreenMail mail, String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(mail.getReceivedMessagesForDomain(recipient))
                .filter(message -> subjectOf(message).contains(subjectPart))
                .reduce((first, second) -> second).orElse(null), message -> message != null);
    }

    /** The text of the message; of a message with attachments, its text part. */
    public static String body(MimeMessage message) {
        try {
            return textOf(message);
        }
        catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's attachments in their order, decoded. */
    public static List<Attached> attachments(MimeMessage message) {
        try {
            List<Attached> found = new ArrayList<>();
            collectAttachments(message, found);
            return found;
        }
        catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Part part) throws IOException, MessagingException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (!Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    String text = textOf(child);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        }
        return part.isMimeType("text/*") ? part.getContent().toString() : "";
    }

    private static void collectAttachments(Part part, List<Attached> found) throws IOException, MessagingException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream content = part.getInputStream()) {
                found.add(new Attached(MimeUtility.decodeText(part.getFileName()), part.getContentType(),
                        content.readAllBytes()));
            }
        }
        else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectAttachments(multipart.getBodyPart(i), found);
            }
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
