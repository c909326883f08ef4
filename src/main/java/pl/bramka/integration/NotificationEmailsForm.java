package pl.bramka.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.validation.Errors;
import pl.bramka.shared.EmailAddress;

/**
 * The addresses told about completed transactions, typed one per line. Errors name the line and the address, so a
 * long list can be fixed without guessing which entry was refused.
 */
class NotificationEmailsForm {

    static final int MAX_ADDRESSES = 10;
    /** Ten addresses of the longest kind with line breaks fit; anything longer is not a list of ten addresses. */
    static final int MAX_TEXT_LENGTH = MAX_ADDRESSES * (EmailAddress.MAX_LENGTH + 2);

    private String emails = "";

    static NotificationEmailsForm of(List<String> addresses) {
        NotificationEmailsForm form = new NotificationEmailsForm();
        form.emails = String.join("\n", addresses);
        return form;
    }

    void validate(Errors errors) {
        if (text().length() > MAX_TEXT_LENGTH) {
            errors.rejectValue("emails", "integration.emails.textTooLong", new Object[] {MAX_ADDRESSES}, null);
            return;
        }
        String[] lines = text().split("\\R", -1);
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String address = lines[i].trim();
            int line = i + 1;
            if (address.isEmpty()) {
                continue;
            }
            if (!EmailAddress.isValid(address)) {
                errors.rejectValue("emails", "integration.emails.invalid", new Object[] {line, address}, null);
                continue;
            }
            Integer first = firstLineOf.putIfAbsent(address.toLowerCase(Locale.ROOT), line);
            if (first != null) {
                errors.rejectValue("emails", "integration.emails.duplicate", new Object[] {line, address, first},
                        null);
            }
        }
        int count = addresses().size();
        if (count > MAX_ADDRESSES) {
            errors.rejectValue("emails", "integration.emails.tooMany", new Object[] {MAX_ADDRESSES, count}, null);
        }
    }

    /** The non-empty lines, trimmed, in the order typed. */
    List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        for (String line : text().split("\\R")) {
            if (!line.isBlank()) {
                addresses.add(line.trim());
            }
        }
        return addresses;
    }

    private String text() {
        return emails == null ? "" : emails;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }
}
