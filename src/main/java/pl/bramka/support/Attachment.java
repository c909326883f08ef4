package pl.bramka.support;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file sent with a contact message, accepted by its content, not by its name or the type the browser claims: a
 * PDF, PNG or JPEG by their leading bytes, at most {@value #MAX_BYTES} bytes.
 */
record Attachment(String name, String type, byte[] content) {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** The type the content shows, or empty for anything else. */
    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The file name without any path, and only printable characters, for mail and lists. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").trim();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
