package pl.bramka.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifiers as they appear in addresses, where anything may be typed. */
public final class Ids {

    /** A UUID in its canonical form; {@link UUID#fromString} alone would also take forms like {@code 1-1-1-1-1}. */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** The UUID written in {@code text}, or empty when it is not one (an address to answer with 404, not 400). */
    public static Optional<UUID> uuid(String text) {
        return UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /** The constant of {@code type} named {@code text} in any letter case, around spaces; empty when none is. */
    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
