package pl.bramka.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The period of a replay, typed as Warsaw date and time (an HTML datetime-local field), start inclusive. */
public class ReplayForm {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private String from = "";
    private String to = "";

    void validate(Errors errors) {
        Instant start = parse(from);
        Instant end = parse(to);
        if (start == null) {
            errors.rejectValue("from", from.isBlank() ? "validation.required" : "notifications.replay.badTime");
        }
        if (end == null) {
            errors.rejectValue("to", to.isBlank() ? "validation.required" : "notifications.replay.badTime");
        }
        if (start != null && end != null && !start.isBefore(end)) {
            errors.rejectValue("to", "notifications.replay.order");
        }
    }

    Instant from() {
        return parse(from);
    }

    Instant to() {
        return parse(to);
    }

    private static @Nullable Instant parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(WARSAW).toInstant();
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }
}
