package pl.bramka.notification;

import org.springframework.validation.Errors;

/** A notification body and its signature header, pasted by a developer to check. */
public class SignatureCheckForm {

    static final int MAX_BODY = 100_000;
    static final int MAX_HEADER = 1_000;

    private String body = "";
    private String header = "";

    void validate(Errors errors) {
        if (body.isEmpty()) {
            errors.rejectValue("body", "validation.required");
        }
        else if (body.length() > MAX_BODY) {
            errors.rejectValue("body", "notifications.check.bodyTooLong", new Object[] {MAX_BODY}, null);
        }
        if (header.isBlank()) {
            errors.rejectValue("header", "validation.required");
        }
        else if (header.length() > MAX_HEADER) {
            errors.rejectValue("header", "notifications.check.headerTooLong", new Object[] {MAX_HEADER}, null);
        }
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public String getHeader() {
        return header;
    }

    public void setHeader(String header) {
        this.header = header == null ? "" : header;
    }
}
