package pl.bramka.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a developer whether a notification body and its {@code X-Imoje-Signature} header verify with the shop's key,
 * and if not, the first reason why, in the order a receiver checks. It never reveals the expected signature: a
 * page that did would sign any body for whoever can open it. Public only for the page that shows its result.
 */
public final class SignatureCheck {

    public enum Verdict {
        VALID, VALID_PREVIOUS_KEY, EMPTY_BODY, MALFORMED_HEADER, WRONG_ORDER, MERCHANT_MISMATCH, SERVICE_MISMATCH,
        UNSUPPORTED_ALG, UPPERCASE_HEX, MISMATCH
    }

    /** How the body had to be read to verify: as pasted, or with the line breaks a browser or editor changed. */
    public enum BodyReading { AS_PASTED, LF_LINE_BREAKS, WITHOUT_FINAL_LINE_BREAK }

    public record Result(Verdict verdict, BodyReading reading) {

        public boolean valid() {
            return verdict == Verdict.VALID || verdict == Verdict.VALID_PREVIOUS_KEY;
        }
    }

    private static final List<String> PART_ORDER = List.of("merchantid", "serviceid", "signature", "alg");

    private SignatureCheck() {
    }

    /** {@code keys}: the shop's current key first, then keys still verifying after a rotation. */
    static Result check(String body, String header, String merchantPublicId, String serviceId, List<String> keys) {
        if (body.isEmpty()) {
            return new Result(Verdict.EMPTY_BODY, BodyReading.AS_PASTED);
        }
        Optional<Map<String, String>> parts = parts(header);
        if (parts.isEmpty()) {
            return new Result(Verdict.MALFORMED_HEADER, BodyReading.AS_PASTED);
        }
        Map<String, String> values = parts.get();
        if (!new ArrayList<>(values.keySet()).equals(PART_ORDER)) {
            return new Result(values.keySet().containsAll(PART_ORDER) && values.size() == PART_ORDER.size()
                    ? Verdict.WRONG_ORDER : Verdict.MALFORMED_HEADER, BodyReading.AS_PASTED);
        }
        if (!values.get("merchantid").equals(merchantPublicId)) {
            return new Result(Verdict.MERCHANT_MISMATCH, BodyReading.AS_PASTED);
        }
        if (!values.get("serviceid").equals(serviceId)) {
            return new Result(Verdict.SERVICE_MISMATCH, BodyReading.AS_PASTED);
        }
        if (!values.get("alg").equals("sha256")) {
            return new Result(Verdict.UNSUPPORTED_ALG, BodyReading.AS_PASTED);
        }
        return compare(body, values.get("signature"), keys);
    }

    private static Result compare(String body, String signature, List<String> keys) {
        for (BodyReading reading : BodyReading.values()) {
            byte[] bytes = read(body, reading).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < keys.size(); i++) {
                String expected = WebhookSignature.signature(bytes, keys.get(i));
                if (equal(expected, signature)) {
                    return new Result(i == 0 ? Verdict.VALID : Verdict.VALID_PREVIOUS_KEY, reading);
                }
                if (equal(expected, signature.toLowerCase(Locale.ROOT))) {
                    return new Result(Verdict.UPPERCASE_HEX, reading);
                }
            }
        }
        return new Result(Verdict.MISMATCH, BodyReading.AS_PASTED);
    }

    private static String read(String body, BodyReading reading) {
        return switch (reading) {
            case AS_PASTED -> body;
            case LF_LINE_BREAKS -> body.replace("\r\n", "\n");
            case WITHOUT_FINAL_LINE_BREAK -> body.replace("\r\n", "\n").replaceAll("\n+$", "");
        };
    }

    /** The header's {@code name=value} parts in their order; a leading "X-Imoje-Signature:" is allowed. */
    private static Optional<Map<String, String>> parts(String header) {
        String value = header.strip().replaceFirst("(?i)^x-imoje-signature\\s*:\\s*", "");
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : value.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0 || parts.putIfAbsent(part.substring(0, equals), part.substring(equals + 1)) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(parts);
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
