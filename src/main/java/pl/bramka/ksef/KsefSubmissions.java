package pl.bramka.ksef;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the invoice module asks of KSeF: whether a merchant's invoice goes there, handing one over, where it stands,
 * its UPO, and the "KOD I" verification link printed as a QR code on the invoice given outside KSeF.
 */
@Component
public class KsefSubmissions {

    private static final DateTimeFormatter LINK_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final KsefMerchantSettings merchantSettings;
    private final KsefQueue queue;
    private final KsefSettings settings;
    private final Clock clock;

    KsefSubmissions(KsefMerchantSettings merchantSettings, KsefQueue queue, KsefSettings settings, Clock clock) {
        this.merchantSettings = merchantSettings;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    /** KSeF sending is on for the merchant and, for an invoice to a consumer, the merchant chose to send those too. */
    public boolean sendsFor(UUID merchantId, boolean companyBuyer) {
        return merchantSettings.find(merchantId)
                .map(chosen -> chosen.enabled() && (companyBuyer || chosen.includeConsumers()))
                .orElse(false);
    }

    /**
     * Queues the invoice's FA(3) XML, exactly these bytes, to be sent in the background; in the caller's
     * transaction, so the invoice and its submission are stored together or not at all. Handing the same invoice
     * over again changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submit(UUID merchantId, UUID invoiceId, byte[] fa3Xml) {
        queue.add(merchantId, invoiceId, fa3Xml, clock.instant());
    }

    public Optional<KsefStatus> statusOf(UUID merchantId, UUID invoiceId) {
        return queue.statusOf(merchantId, invoiceId);
    }

    /** The official receipt (UPO, XML) of an accepted invoice. */
    public Optional<byte[]> upo(UUID merchantId, UUID invoiceId) {
        return queue.upoOf(merchantId, invoiceId);
    }

    /**
     * The "KOD I" link: {@code {qr base}/invoice/{seller NIP}/{issue date DD-MM-YYYY}/{SHA-256 of the exact XML
     * bytes, Base64URL without padding}}, with the QR base of the merchant's KSeF environment (TEST until the
     * merchant chooses one).
     */
    public String verificationLink(UUID merchantId, String sellerNip, LocalDate issueDate, byte[] fa3Xml) {
        KsefEnvironment environment = merchantSettings.find(merchantId).map(MerchantKsefSettings::environment)
                .orElse(KsefEnvironment.TEST);
        String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(fa3Xml));
        return settings.qrBase(environment) + "/invoice/" + sellerNip + "/" + LINK_DATE.format(issueDate) + "/"
                + digest;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
