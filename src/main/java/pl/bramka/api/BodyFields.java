package pl.bramka.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.api.ApiProblem.FieldProblem;
import pl.bramka.shared.EmailAddress;
import pl.bramka.shared.Ids;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON object strictly and collects every problem before answering, so a shop's developer
 * sees all of them at once. Each getter returns null when the field is absent or invalid (the problem is recorded).
 * An optional text field that is JSON {@code null} or {@code ""} counts as absent: plugins send empty values for what
 * they do not have. Unknown fields are ignored.
 */
final class BodyFields {


    private final JsonNode object;
    private final String prefix;
    private final List<FieldProblem> problems;

    private BodyFields(JsonNode object, String prefix, List<FieldProblem> problems) {
        this.object = object;
        this.prefix = prefix;
        this.problems = problems;
    }

    static BodyFields of(JsonNode object) {
        return new BodyFields(object, "", new ArrayList<>());
    }

    /** A nested object's fields, reported as {@code parent.field}; null when it is absent or not an object. */
    @Nullable BodyFields object(String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.isObject()) {
            problem(name, "must be an object");
            return null;
        }
        return new BodyFields(value, prefix + name + ".", problems);
    }

    @Nullable String text(String name, boolean required, int maxLength) {
        JsonNode value = object.get(name);
        boolean absent = value == null || value.isNull() || (!required && value.isString() && value.stringValue()
                .isEmpty());
        if (absent) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            problem(name, "must be a string");
            return null;
        }
        if (value.stringValue().isBlank()) {
            problem(name, "must not be empty");
            return null;
        }
        return checked(name, value.stringValue(), maxLength);
    }

    /** A text that some plugins send as a JSON integer (an order number); the integer is taken as its digits. */
    @Nullable String textOrInteger(String name, boolean required, int maxLength) {
        JsonNode value = object.get(name);
        if (value != null && value.isIntegralNumber()) {
            return checked(name, value.bigIntegerValue().toString(), maxLength);
        }
        return text(name, required, maxLength);
    }

    /** A JSON integer (not a string, not a decimal) between min and max inclusive. */
    @Nullable Long integer(String name, boolean required, long min, long max) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber()) {
            problem(name, "must be an integer" + (value.isString() ? ", not a string" : ""));
            return null;
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            problem(name, "must be between " + min + " and " + max);
            return null;
        }
        return value.longValue();
    }

    @Nullable Boolean bool(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /**
     * A JSON array of at most {@code maxItems} non-empty strings; null when absent, null or empty. Each string is
     * checked like a text field and reported as {@code name[i]}.
     */
    @Nullable List<String> texts(String name, int maxItems, int maxLength) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            return null;
        }
        if (!value.isArray()) {
            problem(name, "must be an array of strings");
            return null;
        }
        if (value.size() > maxItems) {
            problem(name, "may hold at most " + maxItems + " values");
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemName = name + "[" + i + "]";
            if (!item.isString() || item.stringValue().isBlank()) {
                problem(itemName, "must be a non-empty string");
                continue;
            }
            String text = checked(itemName, item.stringValue(), maxLength);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts.size() == value.size() ? texts : null;
    }

    /** An absolute http or https address of at most {@code maxLength} characters. */
    @Nullable String url(String name, boolean required, int maxLength) {
        String text = text(name, required, maxLength);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problem(name, "must be an absolute http or https address");
        return null;
    }

    @Nullable String email(String name, boolean required, int maxLength) {
        String text = text(name, required, maxLength);
        if (text != null && !EmailAddress.isValid(text)) {
            problem(name, "must be an e-mail address");
            return null;
        }
        return text;
    }

    /** A UUID in its 36-character form. */
    @Nullable UUID uuid(String name, boolean required) {
        String text = text(name, required, 36);
        if (text == null) {
            return null;
        }
        Optional<UUID> uuid = Ids.uuid(text);
        if (uuid.isEmpty()) {
            problem(name, "must be a UUID");
        }
        return uuid.orElse(null);
    }

    void problem(String name, String message) {
        problems.add(new FieldProblem(prefix + name, message));
    }

    boolean hasProblem(String name) {
        return problems.stream().anyMatch(problem -> problem.field().equals(prefix + name));
    }

    boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    /** Throws the 422 answer with every problem found, if any. */
    void requireValid() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private @Nullable String checked(String name, String text, int maxLength) {
        if (text.codePointCount(0, text.length()) > maxLength) {
            problem(name, "must be at most " + maxLength + " characters");
            return null;
        }
        if (!printable(text)) {
            problem(name, "must not contain control characters");
            return null;
        }
        return text;
    }

    /** No control characters (PostgreSQL refuses NUL) and no unpaired surrogates. */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
