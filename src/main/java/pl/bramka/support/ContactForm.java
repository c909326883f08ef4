package pl.bramka.support;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** The contact form: topic, message, and an optional attachment. */
class ContactForm {

    static final int MAX_MESSAGE = 5000;

    private String topic = "";
    private String message = "";
    private MultipartFile attachment;

    void validate(Errors errors) {
        if (topic() == null) {
            errors.rejectValue("topic", "validation.required");
        }
        if (message == null || message.isBlank()) {
            errors.rejectValue("message", "validation.required");
        }
        else if (message.length() > MAX_MESSAGE) {
            errors.rejectValue("message", "contact.message.tooLong", new Object[] {MAX_MESSAGE}, null);
        }
        if (hasAttachment() && attachment.getSize() > Attachment.MAX_BYTES) {
            errors.rejectValue("attachment", "contact.attachment.tooLarge");
        }
    }

    ContactTopic topic() {
        for (ContactTopic candidate : ContactTopic.values()) {
            if (candidate.name().equals(topic)) {
                return candidate;
            }
        }
        return null;
    }

    boolean hasAttachment() {
        return attachment != null && !attachment.isEmpty();
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public MultipartFile getAttachment() {
        return attachment;
    }

    public void setAttachment(MultipartFile attachment) {
        this.attachment = attachment;
    }
}
