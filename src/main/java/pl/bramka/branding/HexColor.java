package pl.bramka.branding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A colour as {@code #rrggbb} in lower case: the only form that is stored, compared and written into CSS. */
record HexColor(String value) {

    private static final Pattern SHORT = Pattern.compile("#?[0-9a-fA-F]{3}");
    private static final Pattern LONG = Pattern.compile("#?[0-9a-fA-F]{6}");

    HexColor {
        if (!value.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("Not a normalised colour: " + value);
        }
    }

    /** Accepts {@code #rrggbb} and {@code #rgb}, with or without the hash, in any case, surrounded by spaces. */
    static Optional<HexColor> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (LONG.matcher(text).matches()) {
            return Optional.of(new HexColor("#" + digits(text)));
        }
        if (SHORT.matcher(text).matches()) {
            String digits = digits(text);
            StringBuilder doubled = new StringBuilder("#");
            for (char digit : digits.toCharArray()) {
                doubled.append(digit).append(digit);
            }
            return Optional.of(new HexColor(doubled.toString()));
        }
        return Optional.empty();
    }

    int red() {
        return Integer.parseInt(value.substring(1, 3), 16);
    }

    int green() {
        return Integer.parseInt(value.substring(3, 5), 16);
    }

    int blue() {
        return Integer.parseInt(value.substring(5, 7), 16);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String digits(String text) {
        return (text.startsWith("#") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
    }
}
