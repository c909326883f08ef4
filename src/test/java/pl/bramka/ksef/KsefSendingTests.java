package pl.bramka.ksef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.IntegrationTest;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.secret.SecretBox;
import pl.bramka.shared.NodeStopping;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sender against a local KSeF stub: token authentication, the encrypted invoice, the KSeF number and UPO stored
 * and published, retries after a 5xx, KSeF's refusals kept with its reasons, and the token never written anywhere.
 * The tests work ten years back, each further than the one before, so the sender claims only the invoices the running
 * test queued, never those other tests leave in the queue.
 */
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class KsefSendingTests extends IntegrationTest {

    static final String TOKEN = "20261207-EC-0123456789-ABCDEF0123-45|nip-5260250274|0a1b2c3d4e5f6a7b8c9d";
    static final String KSEF_NUMBER = "5260250274-20261207-0100001AF629-AF";
    static final byte[] XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Faktura>zażółć</Faktura>\n"
            .getBytes(StandardCharsets.UTF_8);

    /** Each test starts ten days before the previous one, so what an earlier test left queued is never due. */
    static final AtomicInteger TESTS_RUN = new AtomicInteger();

    static KsefStub ksef;

    @Autowired
    KsefSubmissions submissions;
    @Autowired
    KsefConfiguration configuration;
    @Autowired
    KsefQueue queue;
    @Autowired
    KsefMerchantSettings merchantSettings;
    @Autowired
    MerchantManagement merchants;
    @Autowired
    SecretBox secrets;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate inTransaction;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    KsefSender sender;
    SignedInUser representative;
    UUID merchantId;
    String nip;

    @BeforeAll
    static void startStub() throws Exception {
        ksef = new KsefStub();
    }

    @AfterAll
    static void stopStub() {
        ksef.close();
    }

    @BeforeEach
    void merchantSendingToTheStub() throws Exception {
        ksef.reset();
        clock.advance(Duration.ofDays(-3653 - 10L * TESTS_RUN.getAndIncrement()));
        var merchant = fixtures.merchantWithAllRoles();
        merchantId = merchant.id();
        nip = KsefTestData.randomNip();
        jdbc.sql("update merchant set nip = ? where id = ?").params(nip, merchantId).update();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        configuration.replaceToken(merchantId, TOKEN, representative.id());
        configuration.choose(merchantId, true, KsefEnvironment.TEST, false, representative.id());
        sender = senderWaiting(Duration.ofSeconds(5));
    }

    /** A sender like the application's, talking to the stub, waiting at most {@code timeout} for an answer. */
    private KsefSender senderWaiting(Duration timeout) {
        return new KsefSender(queue, merchantSettings, merchants, secrets, json, stubSettings(timeout),
                inTransaction, publisher, new NodeStopping(), clock);
    }

    private static KsefSettings stubSettings(Duration timeout) {
        return new KsefSettings(ksef.baseUrl(), ksef.baseUrl(), ksef.baseUrl(), "https://qr-test.ksef.mf.gov.pl",
                "https://qr-demo.ksef.mf.gov.pl", "https://qr.ksef.mf.gov.pl", timeout, Duration.ofHours(1),
                Duration.ofMinutes(10), Duration.ofMillis(10), 3, Duration.ofMinutes(1), Duration.ofHours(6));
    }

    @Test
    void authenticatesSendsTheEncryptedInvoiceAndStoresItsKsefNumberAndUpo() throws Exception {
        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        UUID invoiceId = queued();
        assertThat(submissions.statusOf(merchantId, invoiceId)).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(KsefStatus.State.QUEUED));

        sender.sendDue();

        assertThat(ksef.decryptedToken()).isEqualTo(TOKEN + "|" + KsefStub.CHALLENGE_TIME);
        JsonNode authentication = ksef.lastBody("/auth/ksef-token");
        assertThat(authentication.path("contextIdentifier").path("type").asString()).isEqualTo("Nip");
        assertThat(authentication.path("contextIdentifier").path("value").asString()).isEqualTo(nip);
        assertThat(authentication.path("publicKeyId").asString()).as("the valid key").isEqualTo(KsefStub.KEY_ID);
        JsonNode formCode = ksef.lastBody("/sessions/online").path("formCode");
        assertThat(formCode.path("systemCode").asString()).isEqualTo("FA (3)");
        assertThat(formCode.path("schemaVersion").asString()).isEqualTo("1-0E");
        assertThat(formCode.path("value").asString()).isEqualTo("FA");
        assertThat(ksef.decryptedInvoice()).isEqualTo(XML);
        JsonNode invoice = ksef.lastBody("/sessions/online/" + KsefStub.SESSION + "/invoices");
        byte[] encrypted = Base64.getDecoder().decode(invoice.path("encryptedInvoiceContent").asString());
        assertThat(invoice.path("invoiceHash").asString()).isEqualTo(base64Sha256(XML));
        assertThat(invoice.path("invoiceSize").asLong()).isEqualTo(XML.length);
        assertThat(invoice.path("encryptedInvoiceHash").asString()).isEqualTo(base64Sha256(encrypted));
        assertThat(invoice.path("encryptedInvoiceSize").asLong()).isEqualTo(encrypted.length);
        assertThat(ksef.requests("/sessions/online/" + KsefStub.SESSION + "/close")).hasSize(1);

        KsefStatus status = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(status.state()).isEqualTo(KsefStatus.State.ACCEPTED);
        assertThat(status.ksefNumber()).isEqualTo(KSEF_NUMBER);
        assertThat(status.attempts()).isEqualTo(1);
        assertThat(status.error()).isNull();
        assertThat(status.nextAttemptAt()).isNull();
        assertThat(submissions.upo(merchantId, invoiceId)).hasValueSatisfying(upo -> assertThat(
                new String(upo, StandardCharsets.UTF_8)).isEqualTo(KsefStub.UPO.formatted(KSEF_NUMBER)));
        assertThat(events.stream(KsefInvoiceAccepted.class))
                .containsExactly(new KsefInvoiceAccepted(merchantId, invoiceId, KSEF_NUMBER));
    }

    @Test
    void aServerErrorIsRetriedAfterTheBackoff() throws Exception {
        ksef.sessionFailsOnceWith(503, "text/html", "<html>Service Unavailable</html>");
        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        UUID invoiceId = queued();

        sender.sendDue();

        KsefStatus failed = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(failed.state()).isEqualTo(KsefStatus.State.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.error()).contains("503");
        assertThat(failed.nextAttemptAt()).isCloseTo(clock.instant().plus(Duration.ofMinutes(1)),
                within(5, ChronoUnit.SECONDS));

        sender.sendDue();
        assertThat(submissions.statusOf(merchantId, invoiceId).orElseThrow().attempts()).as("not due yet")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();

        KsefStatus accepted = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(accepted.state()).isEqualTo(KsefStatus.State.ACCEPTED);
        assertThat(accepted.ksefNumber()).isEqualTo(KSEF_NUMBER);
        assertThat(accepted.attempts()).isEqualTo(2);
        assertThat(ksef.requests("/sessions/online/" + KsefStub.SESSION + "/invoices")).hasSize(1);
        assertThat(events.stream(KsefInvoiceAccepted.class)).hasSize(1);
    }

    @Test
    void aTimeoutIsRetriedAfterTheBackoffToo() {
        ksef.sessionAnswersLateOnce(2_000);
        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        KsefSender impatient = senderWaiting(Duration.ofMillis(300));
        UUID invoiceId = queued();

        impatient.sendDue();

        KsefStatus timedOut = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(timedOut.state()).isEqualTo(KsefStatus.State.RETRYING);
        assertThat(timedOut.error()).startsWith("KSeF did not answer /v2/sessions/online")
                .contains("HttpTimeoutException");

        clock.advance(Duration.ofMinutes(1));
        impatient.sendDue();
        assertThat(submissions.statusOf(merchantId, invoiceId).orElseThrow().ksefNumber()).isEqualTo(KSEF_NUMBER);
    }

    @Test
    void whenRecordingTheOutcomeBreaksTheInvoiceIsAskedAboutAgainAndTheOthersStillGo() {
        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        List<UUID> notRecorded = new ArrayList<>();
        KsefSender failingOnce = new KsefSender(queue, merchantSettings, merchants, secrets, json,
                stubSettings(Duration.ofSeconds(5)), inTransaction, event -> {
                    if (event instanceof KsefInvoiceAccepted accepted && notRecorded.isEmpty()) {
                        notRecorded.add(accepted.invoiceId());
                        throw new IllegalStateException("a listener of the acceptance failed");
                    }
                    publisher.publishEvent(event);
                }, new NodeStopping(), clock);
        List<UUID> invoices = List.of(queued(), queued());

        failingOnce.sendDue();

        UUID broken = notRecorded.get(0);
        UUID other = invoices.stream().filter(invoice -> !invoice.equals(broken)).findFirst().orElseThrow();
        KsefStatus waiting = submissions.statusOf(merchantId, broken).orElseThrow();
        assertThat(waiting.state()).isEqualTo(KsefStatus.State.SENT);
        assertThat(waiting.ksefNumber()).isNull();
        assertThat(waiting.error()).isEqualTo("Bramka could not record the attempt");
        assertThat(submissions.statusOf(merchantId, other).orElseThrow().state())
                .isEqualTo(KsefStatus.State.ACCEPTED);

        clock.advance(Duration.ofMinutes(1));
        failingOnce.sendDue();
        assertThat(submissions.statusOf(merchantId, broken).orElseThrow().ksefNumber()).isEqualTo(KSEF_NUMBER);
        assertThat(events.stream(KsefInvoiceAccepted.class)).extracting(KsefInvoiceAccepted::invoiceId)
                .containsExactly(other, broken);
    }

    @Test
    void aStoppingNodeFinishesTheInvoiceItIsAtAndGivesBackTheOthersForAnotherNodeAtOnce() {
        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        NodeStopping stoppingNode = new NodeStopping();
        KsefSender stopping = new KsefSender(queue, merchantSettings, merchants, secrets, json,
                stubSettings(Duration.ofSeconds(5)), inTransaction, event -> {
                    stoppingNode.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
                    publisher.publishEvent(event);
                }, stoppingNode, clock);
        List<UUID> invoices = List.of(queued(), queued(), queued());

        stopping.sendDue();

        assertThat(events.stream(KsefInvoiceAccepted.class)).as("the invoice it was at when it stopped").hasSize(1);
        UUID finished = events.stream(KsefInvoiceAccepted.class).findFirst().orElseThrow().invoiceId();
        List<UUID> givenBack = invoices.stream().filter(invoice -> !invoice.equals(finished)).toList();
        assertThat(givenBack).allSatisfy(invoice -> assertThat(submissions.statusOf(merchantId, invoice))
                .hasValueSatisfying(status -> assertThat(status.attempts()).as("no attempt made").isZero()));

        sender.sendDue();

        assertThat(events.stream(KsefInvoiceAccepted.class)).extracting(KsefInvoiceAccepted::invoiceId)
                .as("taken by the next node without waiting for the lease").containsExactlyInAnyOrderElementsOf(
                        invoices);
    }

    @Test
    void anInvoiceKsefRejectsKeepsItsReasonAndIsNotSentAgain() {
        ksef.invoiceStatus(null, 450, "Błąd weryfikacji semantyki dokumentu faktury",
                "Nieprawidłowy NIP nabywcy w Podmiot2");
        UUID invoiceId = queued();

        sender.sendDue();

        KsefStatus rejected = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(rejected.state()).isEqualTo(KsefStatus.State.REJECTED);
        assertThat(rejected.error()).isEqualTo("450 Błąd weryfikacji semantyki dokumentu faktury; "
                + "Nieprawidłowy NIP nabywcy w Podmiot2");
        assertThat(rejected.ksefNumber()).isNull();
        assertThat(rejected.nextAttemptAt()).isNull();
        assertThat(events.stream(KsefInvoiceRejected.class))
                .containsExactly(new KsefInvoiceRejected(merchantId, invoiceId, rejected.error()));

        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        assertThat(submissions.statusOf(merchantId, invoiceId).orElseThrow().attempts()).isEqualTo(1);
        assertThat(ksef.requests("/sessions/online/" + KsefStub.SESSION + "/invoices")).hasSize(1);
    }

    @Test
    void anInvoiceKsefAlreadyHadIsAcceptedWithTheOriginalNumberAndUpo() {
        ksef.duplicateOf("20261206-SO-0000000000-0000000000-01", KSEF_NUMBER);
        UUID invoiceId = queued();

        sender.sendDue();

        KsefStatus accepted = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(accepted.state()).isEqualTo(KsefStatus.State.ACCEPTED);
        assertThat(accepted.ksefNumber()).isEqualTo(KSEF_NUMBER);
        assertThat(submissions.upo(merchantId, invoiceId)).hasValueSatisfying(upo -> assertThat(
                new String(upo, StandardCharsets.UTF_8)).contains(KSEF_NUMBER));
        assertThat(events.stream(KsefInvoiceAccepted.class))
                .containsExactly(new KsefInvoiceAccepted(merchantId, invoiceId, KSEF_NUMBER));
    }

    @Test
    void anInvoiceStillProcessedIsAskedAboutLaterAndNotSentTwice() {
        ksef.invoiceStatus(null, 150, "Trwa przetwarzanie", null);
        UUID invoiceId = queued();

        sender.sendDue();

        KsefStatus waiting = submissions.statusOf(merchantId, invoiceId).orElseThrow();
        assertThat(waiting.state()).isEqualTo(KsefStatus.State.SENT);
        assertThat(waiting.error()).isNull();
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());

        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();

        assertThat(submissions.statusOf(merchantId, invoiceId).orElseThrow().ksefNumber()).isEqualTo(KSEF_NUMBER);
        assertThat(ksef.requests("/sessions/online/" + KsefStub.SESSION + "/invoices")).hasSize(1);
        assertThat(ksef.requests("/sessions/online")).hasSize(1);
    }

    @Test
    void kseFsBadRequestAndUnauthorizedAnswersAreKeptWithTheirExplanationAndRetried() {
        ksef.tokenRefusedWith(400, """
                {"exception":{"exceptionDetailList":[{"exceptionCode":21115,
                 "exceptionDescription":"Nieprawidłowy token.",
                 "details":["Token nie istnieje."]}],"referenceNumber":"a1b2c3d4-e5f6-4789-ab12-cd34ef567890",
                 "serviceCode":"00-c02cc3747020c605be02159bf3324f0e-eee7647dc67aa74a-00","serviceCtx":"srvABCDA",
                 "serviceName":"Undefined","timestamp":"2026-12-07T12:23:56.0154302"}}
                """);
        UUID refused = queued();
        sender.sendDue();
        KsefStatus badRequest = submissions.statusOf(merchantId, refused).orElseThrow();
        assertThat(badRequest.state()).isEqualTo(KsefStatus.State.RETRYING);
        assertThat(badRequest.error()).isEqualTo(
                "KSeF answered POST /v2/auth/ksef-token with 400: 21115 Nieprawidłowy token. (Token nie istnieje.)");

        ksef.reset();
        ksef.redeemGives("expired.access.token");
        UUID unauthorized = queued();
        sender.sendDue();
        KsefStatus notAllowed = submissions.statusOf(merchantId, unauthorized).orElseThrow();
        assertThat(notAllowed.state()).isEqualTo(KsefStatus.State.RETRYING);
        assertThat(notAllowed.error())
                .isEqualTo("KSeF answered POST /v2/sessions/online with 401: Wymagane jest uwierzytelnienie.");
        assertThat(events.stream(KsefInvoiceRejected.class)).isEmpty();
    }

    @Test
    void aFailedAuthenticationIsShownWithKsefsStatus() {
        ksef.authenticationStatus(450, "Uwierzytelnianie zakończone niepowodzeniem z powodu błędnego tokenu");
        UUID invoiceId = queued();

        sender.sendDue();

        assertThat(submissions.statusOf(merchantId, invoiceId).orElseThrow().error()).isEqualTo("KSeF authentication "
                + "failed: 450 Uwierzytelnianie zakończone niepowodzeniem z powodu błędnego tokenu");
        assertThat(ksef.requests("/sessions/online")).isEmpty();
    }

    @Test
    void theTokenIsNeverLoggedNorStoredInTheClear(CapturedOutput output) {
        ksef.tokenRefusedWith(400, """
                {"exception":{"exceptionDetailList":[{"exceptionCode":21115,
                 "exceptionDescription":"Nieprawidłowy token."}]}}
                """);
        queued();
        sender.sendDue();

        assertThat(output.getAll()).contains("KSeF attempt 1").doesNotContain(TOKEN);
        assertThat(jdbc.sql("select token_sealed || ' ' || token_hint from ksef_settings where merchant_id = ?")
                .param(merchantId).query(String.class).single()).doesNotContain(TOKEN)
                .endsWith(" " + TOKEN.substring(TOKEN.length() - 4));
    }

    @Test
    void theSettingsPageShowsWhatWaitsAndTheLatestProblemButNeverTheToken() throws Exception {
        ksef.invoiceStatus(KSEF_NUMBER, 200, "Sukces", null);
        queued();
        sender.sendDue();
        ksef.tokenRefusedWith(400, """
                {"exception":{"exceptionDetailList":[{"exceptionCode":21115,
                 "exceptionDescription":"Nieprawidłowy token."}]}}
                """);
        queued();
        sender.sendDue();

        String page = mvc.perform(get("/invoices/ksef").with(user(representative))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<dd class=\"col-sm-6\" id=\"queue-waiting\">1</dd>")
                .contains("<dd class=\"col-sm-6\" id=\"queue-accepted\">1</dd>")
                .contains("KSeF answered POST /v2/auth/ksef-token with 400: 21115 Nieprawidłowy token.")
                .doesNotContain(TOKEN);
    }

    @Test
    void anInvoiceIsQueuedOnlyInTheCallersTransactionAndOnlyOnce() {
        UUID invoiceId = UUID.randomUUID();
        assertThatThrownBy(() -> submissions.submit(merchantId, invoiceId, XML))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(submissions.statusOf(merchantId, invoiceId)).isEmpty();

        inTransaction.executeWithoutResult(status -> submissions.submit(merchantId, invoiceId, XML));
        inTransaction.executeWithoutResult(status -> submissions.submit(merchantId, invoiceId, "other".getBytes()));
        assertThat(jdbc.sql("select xml from ksef_submission where invoice_id = ?").param(invoiceId)
                .query(byte[].class).single()).isEqualTo(XML);
        assertThat(submissions.statusOf(UUID.randomUUID(), invoiceId)).as("another merchant's").isEmpty();
    }

    private UUID queued() {
        UUID invoiceId = UUID.randomUUID();
        inTransaction.executeWithoutResult(status -> submissions.submit(merchantId, invoiceId, XML));
        return invoiceId;
    }

    private static String base64Sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
