package pl.bramka.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.secret.OpenedSecret;
import pl.bramka.secret.SealedColumn;
import pl.bramka.secret.SecretBox;

/**
 * Two-factor sign-in: enrolment with an authenticator app, checking codes (each accepted once), one-time recovery
 * codes, and a merchant's rule that everyone uses it. Seeds are sealed for their row with the secrets key.
 */
@Service
public class TwoFactor {

    /** What a typed code turned out to be. */
    public enum CodeCheck { AUTHENTICATOR, RECOVERY_CODE, REJECTED }

    /** An enrolment waiting for its first code: the seed in text and as a QR code (a data: URI of a PNG). */
    public record Enrolment(String seed, String otpauthUri, String qrCodeDataUri) {
    }

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Bramka";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TwoFactorStore store;
    private final UserAccounts accounts;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactor(TwoFactorStore store, UserAccounts accounts, SecretBox secrets, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user signs in with a code after the password. */
    public boolean enabled(UUID userId) {
        return store.seedOf(userId).filter(TwoFactorStore.StoredSeed::confirmed).isPresent();
    }

    /** Whether a representative requires two-factor sign-in for every user of the merchant. */
    public boolean requiredFor(UUID merchantId) {
        return store.requiredFor(merchantId);
    }

    /** Unused recovery codes of the user. */
    public int recoveryCodesLeft(UUID userId) {
        return store.unusedRecoveryCodes(userId);
    }

    /**
     * Checks a code typed by the user: an authenticator code not used before, or an unused recovery code (used up by
     * this check). A user without two-factor sign-in has no code to pass.
     */
    @Transactional
    public CodeCheck check(UUID userId, String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return CodeCheck.REJECTED;
        }
        Optional<TwoFactorStore.StoredSeed> stored = store.seedOf(userId).filter(TwoFactorStore.StoredSeed::confirmed);
        if (stored.isEmpty()) {
            return CodeCheck.REJECTED;
        }
        Instant now = clock.instant();
        OptionalLong step = TotpCodes.matchingStep(seed(userId, stored.get()), typed.trim(), now);
        if (step.isPresent()) {
            return store.useStep(userId, step.getAsLong()) ? CodeCheck.AUTHENTICATOR : CodeCheck.REJECTED;
        }
        if (store.useRecoveryCode(userId, hash(normalizedRecoveryCode(typed)), now)) {
            UserAccount user = accounts.findById(userId).orElseThrow();
            events.publishEvent(new RecoveryCodeUsed(userId, user.merchantId(), store.unusedRecoveryCodes(userId),
                    now));
            return CodeCheck.RECOVERY_CODE;
        }
        return CodeCheck.REJECTED;
    }

    /** A new seed for the user to scan, replacing an unconfirmed one; empty when two-factor is on already. */
    @Transactional
    public Optional<Enrolment> startEnrolment(SignedInUser user) {
        String seed = TotpCodes.newSeed();
        if (!store.storePending(user.id(), secrets.seal(seed, column(user.id())), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(enrolment(user, seed));
    }

    /** The enrolment the user began and has not confirmed yet, to show it again after a wrong code. */
    public Optional<Enrolment> pendingEnrolment(SignedInUser user) {
        return store.seedOf(user.id()).filter(stored -> !stored.confirmed())
                .map(stored -> enrolment(user, seed(user.id(), stored)));
    }

    /**
     * Confirms the pending enrolment with the first code from the authenticator, and returns the recovery codes to
     * show once; empty when the code is not the seed's.
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(SignedInUser user, String typed) {
        Optional<TwoFactorStore.StoredSeed> pending = store.seedOf(user.id()).filter(stored -> !stored.confirmed());
        if (pending.isEmpty() || typed == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = TotpCodes.matchingStep(seed(user.id(), pending.get()), typed.trim(), now);
        if (step.isEmpty() || !store.confirm(user.id(), step.getAsLong(), now)) {
            return Optional.empty();
        }
        List<String> codes = replaceRecoveryCodes(user);
        events.publishEvent(new TwoFactorEnabled(user.id(), user.merchantId(), now));
        return Optional.of(codes);
    }

    /**
     * Ten new recovery codes in place of the user's old ones, used or not, to show once; the caller has checked the
     * password and a code.
     */
    @Transactional
    public List<String> regenerateRecoveryCodes(SignedInUser user) {
        if (!enabled(user.id())) {
            throw new IllegalStateException("Recovery codes belong to two-factor sign-in, which is off");
        }
        List<String> codes = replaceRecoveryCodes(user);
        events.publishEvent(new RecoveryCodesRegenerated(user.id(), user.merchantId(), clock.instant()));
        return codes;
    }

    private List<String> replaceRecoveryCodes(SignedInUser user) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(newRecoveryCode());
        }
        store.replaceRecoveryCodes(user.id(), codes.stream().map(code -> hash(normalizedRecoveryCode(code)))
                .toList());
        return codes;
    }

    /** Turns two-factor sign-in off; the caller has checked the password and a code. */
    @Transactional
    public void disable(SignedInUser user) {
        store.delete(user.id());
        events.publishEvent(new TwoFactorDisabled(user.id(), user.merchantId(), clock.instant()));
    }

    /** A representative's rule for the whole merchant; users without two factors enrol at their next sign-in. */
    @Transactional
    public void requireForMerchant(SignedInUser representative, boolean required) {
        if (!representative.can(Permission.MANAGE_USERS)) {
            throw new IllegalArgumentException("Only a representative sets the merchant's sign-in rule");
        }
        if (required == store.requiredFor(representative.merchantId())) {
            return;
        }
        if (required) {
            store.require(representative.merchantId(), representative.id(), clock.instant());
        }
        else {
            store.lift(representative.merchantId());
        }
        events.publishEvent(new TwoFactorRequirementChanged(representative.merchantId(), representative.id(),
                required, clock.instant()));
    }

    private String seed(UUID userId, TwoFactorStore.StoredSeed stored) {
        OpenedSecret opened = secrets.open(stored.sealedSeed(), column(userId));
        if (opened.resealed() != null) {
            store.reseal(userId, opened.resealed());
        }
        return opened.plaintext();
    }

    private static SealedColumn column(UUID userId) {
        return new SealedColumn("user_two_factor", "sealed_seed", userId);
    }

    private static Enrolment enrolment(SignedInUser user, String seed) {
        String label = URLEncoder.encode(ISSUER + ":" + user.email(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + seed + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + TotpCodes.DIGITS + "&period=" + TotpCodes.PERIOD_SECONDS;
        return new Enrolment(seed, uri, "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(uri)));
    }

    private static byte[] qrPng(String text) {
        try {
            BufferedImage image = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text,
                    BarcodeFormat.QR_CODE, 240, 240, Map.of(EncodeHintType.MARGIN, 2)));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
        catch (WriterException | IOException e) {
            throw new UncheckedIOException(new IOException("QR code not drawn", e));
        }
    }

    /** Ten characters in two groups, from an alphabet without look-alikes: about 49 bits each. */
    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalizedRecoveryCode(String typed) {
        return typed.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
