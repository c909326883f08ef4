package pl.bramka.api;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifiers in paths: a malformed id is as unknown as a missing one (404), never an error of its own. */
final class Uuids {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    static Optional<UUID> parse(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }
}
