package pl.bramka.ksef;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.secret.OpenedSecret;
import pl.bramka.secret.SecretBox;
import pl.bramka.secret.SecretNotOpened;
import pl.bramka.shared.NodeStopping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background job that sends queued invoices to KSeF and follows them until KSeF accepts or rejects them. Each
 * attempt authenticates with the merchant's token, sends the invoice in an online session (once: an invoice KSeF has
 * is only asked about afterwards) and asks for its status a few times; failures (KSeF unreachable, 5xx, a refused
 * request) are retried with a doubling delay, and their reason is kept to be shown. Acceptance stores the KSeF number
 * and the UPO and publishes {@link KsefInvoiceAccepted}; KSeF's refusal is final and publishes
 * {@link KsefInvoiceRejected}, each in the transaction that records it.
 */
@Component
class KsefSender {

    private static final Logger log = LoggerFactory.getLogger(KsefSender.class);
    private static final int BATCH = 10;
    /** Invoice status codes of KSeF (open-api.json, SessionInvoiceStatusResponse). */
    private static final int PROCESSED = 200;
    private static final int REFUSED = 400;
    private static final int SESSION_ERROR = 405;
    private static final int DUPLICATE = 440;
    private static final int SYSTEM_ERROR = 500;
    private static final String ORIGINAL_KSEF_NUMBER = "originalKsefNumber";
    private static final String ORIGINAL_SESSION = "originalSessionReferenceNumber";

    private final KsefQueue queue;
    private final KsefMerchantSettings merchantSettings;
    private final MerchantManagement merchants;
    private final SecretBox secrets;
    private final JsonMapper json;
    private final KsefSettings settings;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private final NodeStopping node;
    private final Clock clock;
    private final HttpClient http;

    KsefSender(KsefQueue queue, KsefMerchantSettings merchantSettings, MerchantManagement merchants,
            SecretBox secrets, JsonMapper json, KsefSettings settings, TransactionTemplate inTransaction,
            ApplicationEventPublisher events, NodeStopping node, Clock clock) {
        this.queue = queue;
        this.merchantSettings = merchantSettings;
        this.merchants = merchants;
        this.secrets = secrets;
        this.json = json;
        this.settings = settings;
        this.inTransaction = inTransaction;
        this.events = events;
        this.node = node;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /**
     * Makes one attempt for each invoice it claims. A stopping node finishes the attempt it is at and gives back the
     * invoices it has not started, for another node to take at once.
     */
    @Scheduled(fixedDelayString = "${bramka.ksef.run-interval:10s}")
    void sendDue() {
        Instant now = clock.instant();
        // As PostgreSQL stores it, so that a release finds the claim by its lease
        Instant leaseUntil = now.plus(settings.lease()).truncatedTo(ChronoUnit.MICROS);
        List<ClaimedSubmission> claimed = queue.claimDue(now, leaseUntil, BATCH);
        for (int started = 0; started < claimed.size(); started++) {
            if (node.stopping()) {
                queue.release(claimed.subList(started, claimed.size()).stream().map(ClaimedSubmission::invoiceId)
                        .toList(), leaseUntil, clock.instant());
                return;
            }
            ClaimedSubmission submission = claimed.get(started);
            try {
                attempt(submission);
            } catch (KsefCallFailed | SecretNotOpened e) {
                Instant next = clock.instant().plus(settings.retryDelay(submission.attempts()));
                log.warn("KSeF attempt {} for invoice {} failed, next at {}: {}", submission.attempts(),
                        submission.invoiceId(), next, e.getMessage());
                queue.attemptFailed(submission.invoiceId(), e.getMessage(), next);
            } catch (RuntimeException e) {
                // Bramka's own failure (the database, a listener of the outcome): the invoice is tried again later,
                // and the other claimed invoices still get their attempt
                Instant next = clock.instant().plus(settings.retryDelay(submission.attempts()));
                log.error("KSeF attempt {} for invoice {} broke, next at {}", submission.attempts(),
                        submission.invoiceId(), next, e);
                queue.attemptFailed(submission.invoiceId(), "Bramka could not record the attempt", next);
            }
        }
    }

    private void attempt(ClaimedSubmission submission) {
        MerchantKsefSettings chosen = merchantSettings.find(submission.merchantId())
                .filter(MerchantKsefSettings::hasToken)
                .orElseThrow(() -> new KsefCallFailed("no KSeF token is set for this merchant"));
        String nip = merchants.find(submission.merchantId()).map(Merchant::nip)
                .orElseThrow(() -> new KsefCallFailed("the merchant has no NIP"));
        KsefClient ksef = new KsefClient(http, json, settings.apiUrl(chosen.environment()), settings);
        KsefClient.PublicKeys keys = ksef.publicKeys(clock.instant());
        String accessToken = ksef.authenticate(nip, token(chosen), keys);
        String sessionReference = submission.sessionReference();
        String invoiceReference = submission.invoiceReference();
        if (!submission.sent()) {
            KsefClient.OnlineSession session = ksef.openSession(accessToken, keys);
            sessionReference = session.referenceNumber();
            invoiceReference = ksef.sendInvoice(accessToken, session, submission.xml());
            queue.markSent(submission.invoiceId(), sessionReference, invoiceReference);
            closeQuietly(ksef, accessToken, sessionReference);
        }
        follow(submission, ksef, accessToken, sessionReference, invoiceReference);
    }

    /** Asks for the invoice's status until KSeF decides or the checks of this attempt are used up. */
    private void follow(ClaimedSubmission submission, KsefClient ksef, String accessToken, String sessionReference,
            String invoiceReference) {
        for (int poll = 0; poll < settings.pollLimit(); poll++) {
            if (poll > 0) {
                pause();
            }
            KsefClient.InvoiceStatus status = ksef.invoiceStatus(accessToken, sessionReference, invoiceReference);
            if (status.code() == PROCESSED && status.ksefNumber() != null) {
                byte[] upo = ksef.upo(accessToken, sessionReference, invoiceReference);
                accept(submission, status.ksefNumber(), upo);
                return;
            }
            String original = status.extensions().get(ORIGINAL_KSEF_NUMBER);
            String originalSession = status.extensions().get(ORIGINAL_SESSION);
            if (status.code() == DUPLICATE && original != null && originalSession != null) {
                // Sent before, and the answer lost (a crash between sending and recording it): that one counts
                accept(submission, original, ksef.upoByKsefNumber(accessToken, originalSession, original));
                return;
            }
            if (status.code() == SESSION_ERROR || status.code() >= SYSTEM_ERROR) {
                queue.sendAgain(submission.invoiceId(), "KSeF did not process the invoice: " + status.reason(),
                        clock.instant().plus(settings.retryDelay(submission.attempts())));
                return;
            }
            if (status.code() >= REFUSED) {
                reject(submission, status.reason());
                return;
            }
        }
        queue.awaitProcessing(submission.invoiceId(), clock.instant().plus(settings.retryDelay(submission.attempts())));
    }

    private void accept(ClaimedSubmission submission, String ksefNumber, byte[] upo) {
        inTransaction.executeWithoutResult(status -> {
            queue.accept(submission.invoiceId(), ksefNumber, upo, clock.instant());
            events.publishEvent(new KsefInvoiceAccepted(submission.merchantId(), submission.invoiceId(), ksefNumber));
        });
        log.info("KSeF accepted invoice {} as {}", submission.invoiceId(), ksefNumber);
    }

    private void reject(ClaimedSubmission submission, String reason) {
        inTransaction.executeWithoutResult(status -> {
            queue.reject(submission.invoiceId(), reason, clock.instant());
            events.publishEvent(new KsefInvoiceRejected(submission.merchantId(), submission.invoiceId(), reason));
        });
        log.info("KSeF rejected invoice {}: {}", submission.invoiceId(), reason);
    }

    /** Closing only ends the session early; KSeF closes it by itself, and the invoice is already there. */
    private void closeQuietly(KsefClient ksef, String accessToken, String sessionReference) {
        try {
            ksef.closeSession(accessToken, sessionReference);
        } catch (KsefCallFailed e) {
            log.info("KSeF session {} not closed, it expires by itself: {}", sessionReference, e.getMessage());
        }
    }

    private String token(MerchantKsefSettings chosen) {
        OpenedSecret opened = secrets.open(chosen.tokenSealed(), KsefMerchantSettings.tokenColumn(chosen.merchantId()));
        opened.replacement().ifPresent(resealed -> merchantSettings.resealToken(chosen.merchantId(), resealed));
        return opened.plaintext();
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KsefCallFailed("interrupted while waiting for KSeF", e);
        }
    }
}
