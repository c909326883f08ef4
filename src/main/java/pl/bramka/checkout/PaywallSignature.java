package pl.bramka.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The signature a shop puts on a paywall form, as imoje defines it: the hex digest of the canonical form followed by
 * the shop key, then {@code ;} and the algorithm ({@code 0dd0…15c2;sha256}). It is a plain hash, not an HMAC,
 * because that is what every imoje client computes.
 */
final class PaywallSignature {

    /** The digests imoje allows; a signature without {@code ;alg} is SHA-256. */
    enum Algorithm {
        SHA224("SHA-224", 28), SHA256("SHA-256", 32), SHA384("SHA-384", 48), SHA512("SHA-512", 64);

        private final String jcaName;
        private final int digestBytes;

        Algorithm(String jcaName, int digestBytes) {
            this.jcaName = jcaName;
            this.digestBytes = digestBytes;
        }

        /** The name in the signature, e.g. {@code sha256}. */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Algorithm> byCode(String code) {
            for (Algorithm algorithm : values()) {
                if (algorithm.code().equalsIgnoreCase(code)) {
                    return Optional.of(algorithm);
                }
            }
            return Optional.empty();
        }

        byte[] digest(String canonical, String key) {
            try {
                return MessageDigest.getInstance(jcaName).digest((canonical + key).getBytes(StandardCharsets.UTF_8));
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every JDK has " + jcaName, e);
            }
        }

        int hexLength() {
            return digestBytes * 2;
        }
    }

    /**
     * What a verification found. Deliberately an enum: nothing derived from the shop key, least of all the expected
     * signature, can travel from here to a page or a log.
     */
    enum Verdict {
        VALID, MISSING, MALFORMED, UNSUPPORTED_ALGORITHM, WRONG_LENGTH, MISMATCH;

        boolean valid() {
            return this == VALID;
        }

        /** The message telling the payer why the form was refused, e.g. {@code paywall.signature.wrong-length}. */
        String messageKey() {
            if (valid()) {
                throw new IllegalStateException("A valid signature needs no explanation");
            }
            return "paywall.signature." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Hex digits, then optionally {@code ;} and an algorithm name; anything else is malformed. */
    private static final Pattern SUBMITTED = Pattern.compile("([0-9a-fA-F]+)(?:;([^;]+))?");

    private PaywallSignature() {
    }

    /**
     * The text that is hashed (§3.1): {@code name=value} pairs joined by {@code &}, keys in {@link PhpKeyOrder},
     * nested maps flattened to {@code billing[firstName]=John}. Values stay raw: no URL encoding, no trimming.
     * Values are strings or nested maps; integers and booleans are written the way PHP writes them, since shops sign
     * PHP arrays.
     */
    static String canonical(Map<String, ?> fields) {
        return canonical(fields, "");
    }

    /** A signature of {@code fields} with {@code key}, as a shop would put in its form. */
    static String sign(Map<String, ?> fields, String key, Algorithm algorithm) {
        return HexFormat.of().formatHex(algorithm.digest(canonical(fields), key)) + ";" + algorithm.code();
    }

    /**
     * Checks a submitted signature against every key that may sign for the shop now: the current one and rotated
     * ones still inside their overlap. Hex digits may be upper or lower case. Comparison takes the same time however
     * many leading bytes match, so the response time reveals nothing about the expected digest.
     */
    static Verdict verify(Map<String, ?> fields, @Nullable String submitted, List<String> keys) {
        if (submitted == null || submitted.isEmpty()) {
            return Verdict.MISSING;
        }
        Matcher parts = SUBMITTED.matcher(submitted);
        if (!parts.matches()) {
            return Verdict.MALFORMED;
        }
        Optional<Algorithm> algorithm = parts.group(2) == null ? Optional.of(Algorithm.SHA256)
                : Algorithm.byCode(parts.group(2));
        if (algorithm.isEmpty()) {
            return Verdict.UNSUPPORTED_ALGORITHM;
        }
        String hex = parts.group(1);
        if (hex.length() != algorithm.get().hexLength()) {
            return Verdict.WRONG_LENGTH;
        }
        byte[] claimed = HexFormat.of().parseHex(hex);
        String canonical = canonical(fields);
        boolean matches = false;
        for (String key : keys) {
            matches |= MessageDigest.isEqual(algorithm.get().digest(canonical, key), claimed);
        }
        return matches ? Verdict.VALID : Verdict.MISMATCH;
    }

    private static String canonical(Map<String, ?> level, String prefix) {
        List<String> parts = new ArrayList<>();
        for (String key : PhpKeyOrder.sorted(level.keySet())) {
            String name = prefix.isEmpty() ? key : prefix + "[" + key + "]";
            Object value = level.get(key);
            parts.add(value instanceof Map<?, ?> nested ? canonical(asFields(nested), name)
                    : name + "=" + phpString(value));
        }
        return String.join("&", parts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asFields(Map<?, ?> nested) {
        return (Map<String, ?>) nested;
    }

    private static String phpString(@Nullable Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return "";
        }
        if (Boolean.TRUE.equals(value)) {
            return "1";
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new IllegalArgumentException("PHP would not sign a " + value.getClass().getSimpleName() + " this way");
    }
}
