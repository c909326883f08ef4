package pl.bramka.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, six digits, 30-second steps. A code is accepted for its
 * own step and one step either side (clock drift between phone and server); the caller learns which step matched, so
 * it can refuse that code, and every earlier one, afterwards.
 */
final class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private TotpCodes() {
    }

    /** A new 160-bit seed in base32, as authenticator apps take it. */
    static String newSeed() {
        return new DefaultSecretGenerator(32).generate();
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The step whose code {@code typed} is, among the step of {@code now} and its neighbours. */
    static OptionalLong matchingStep(String seed, String typed, Instant now) {
        String code = typed.replace(" ", "");
        if (!code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(codeAt(seed, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static String codeAt(String seed, long step) {
        try {
            return GENERATOR.generate(seed, step);
        }
        catch (CodeGenerationException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }
}
