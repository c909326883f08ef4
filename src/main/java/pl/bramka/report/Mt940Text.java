package pl.bramka.report;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

/**
 * The characters an MT940 file may hold, and the wrapping of text into its lines. SWIFT-strict keeps to SWIFT's
 * {@code x} set; the Polish profile keeps what the chosen encoding can carry, less its {@code ~} separator. Letters
 * with diacritics that do not fit are transliterated (ą→a, ł→l); anything else becomes a dot.
 */
final class Mt940Text {

    /** SWIFT's {@code x} character set without CR and LF, which only separate lines. */
    private static final String SWIFT_X_SIGNS = "/-?:().,'+ ";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

    private static final Pattern QUOTES = Pattern.compile("[\u2018-\u201f\u00ab\u00bb]");

    private static final char REPLACEMENT = '.';

    private final Mt940Profile profile;

    private final Mt940Encoding encoding;

    private final CharsetEncoder encoder;

    Mt940Text(Mt940Profile profile, Mt940Encoding encoding) {
        this.profile = profile;
        this.encoding = encoding;
        this.encoder = charset(encoding).newEncoder();
    }

    static Charset charset(Mt940Encoding encoding) {
        return switch (encoding) {
            case ASCII -> StandardCharsets.US_ASCII;
            case CP852 -> Charset.forName("IBM852");
            case WINDOWS_1250 -> Charset.forName("windows-1250");
            case UTF_8 -> StandardCharsets.UTF_8;
        };
    }

    /** The text with every character the file may not hold replaced, on one line, its spaces collapsed. */
    String clean(String text) {
        if (plain(text)) {
            return text.contains("  ") ? SPACES.matcher(text).replaceAll(" ").strip() : text.strip();
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> cleaned.append(allowed(codePoint)));
        return SPACES.matcher(cleaned).replaceAll(" ").strip();
    }

    /** Whether the text holds nothing to replace: the common case, which a large file must pass through fast. */
    private boolean plain(String text) {
        for (int index = 0; index < text.length(); index++) {
            char letter = text.charAt(index);
            boolean kept = profile == Mt940Profile.SWIFT_STRICT ? isSwiftX(letter)
                    : letter >= ' ' && letter < 0x7f && letter != '~';
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /** Only SWIFT {@code x} characters, whatever the profile: for references and the account. */
    static String swiftX(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        transliterate(text).codePoints().forEach(codePoint -> cleaned.append(
                codePoint < 0x80 && isSwiftX((char) codePoint) ? (char) codePoint : REPLACEMENT));
        return cleaned.toString();
    }

    private String allowed(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        String letter = Character.toString(codePoint);
        if (profile == Mt940Profile.SWIFT_STRICT) {
            return swiftX(letter);
        }
        if (codePoint == '~') {
            return "-";
        }
        if (fits(letter)) {
            return letter;
        }
        String transliterated = transliterate(letter);
        return !transliterated.isEmpty() && fits(transliterated) ? transliterated : String.valueOf(REPLACEMENT);
    }

    private boolean fits(String letter) {
        if (encoding == Mt940Encoding.UTF_8) {
            return true;
        }
        if (letter.chars().allMatch(character -> character >= ' ' && character < 0x7f)) {
            return true;
        }
        // The code pages hold box-drawing and other symbols that importers mangle; keep their letters only.
        return encoding != Mt940Encoding.ASCII && letter.codePointCount(0, letter.length()) == 1
                && Character.isLetter(letter.codePointAt(0)) && encoder.canEncode(letter);
    }

    private static boolean isSwiftX(char letter) {
        return (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z') || (letter >= '0' && letter <= '9')
                || SWIFT_X_SIGNS.indexOf(letter) >= 0;
    }

    /** Letters without their diacritics, Polish ones and any other that decomposes; typographic dashes and quotes. */
    static String transliterate(String text) {
        if (text.chars().allMatch(letter -> letter < 0x80)) {
            return text;
        }
        String withoutStrokes = text.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
                .replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss");
        withoutStrokes = QUOTES.matcher(DASHES.matcher(withoutStrokes).replaceAll("-")).replaceAll("'");
        return COMBINING_MARKS.matcher(Normalizer.normalize(withoutStrokes, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * Cuts the text into lines at spaces, a word longer than a line being split.
     *
     * @param firstWidth the first line's width, which may be shorter to leave room for a tag
     * @param fileLines  whether the lines are the file's own: then no line after the first starts with {@code :} or
     *                   {@code -}, which a reader would take for a new field or the end of the statement, but with a
     *                   space
     */
    static List<String> wrap(String text, int firstWidth, int width, boolean fileLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String rest = word;
            while (!rest.isEmpty()) {
                int lineWidth = lines.isEmpty() ? firstWidth : width;
                String separator = line.isEmpty() ? leadFor(rest, fileLines && !lines.isEmpty()) : " ";
                int room = lineWidth - line.length() - separator.length();
                if (rest.length() <= room) {
                    line.append(separator).append(rest);
                    rest = "";
                } else if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append(separator).append(rest, 0, room);
                    rest = rest.substring(room);
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String leadFor(String word, boolean continuationLine) {
        return continuationLine && (word.startsWith(":") || word.startsWith("-")) ? " " : "";
    }
}
