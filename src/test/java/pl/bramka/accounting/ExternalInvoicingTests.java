package pl.bramka.accounting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.accounting.ExternalInvoiceStatus.State;
import pl.bramka.integration.AccountingKeyFixture;
import pl.bramka.integration.AccountingKeys;
import pl.bramka.user.Role;

class ExternalInvoicingTests extends IntegrationTest {

    private static final String CREATE = "/v2/api/public/create-invoice";
    private static final WireMockServer STUB = AccountingStub.server();

    @Autowired
    ExternalInvoicing invoicing;

    @Autowired
    ExternalInvoiceSender sender;

    @Autowired
    AccountingKeys keys;

    @Autowired
    ExternalInvoiceQueue queue;

    @Autowired
    TransactionTemplate inTransaction;

    private TestMerchant merchant;
    private UUID serviceId;
    private String key;

    @BeforeEach
    void shopWithKey() {
        STUB.resetAll();
        merchant = fixtures.merchantWithAllRoles();
        serviceId = fixtures.shopOf(merchant).serviceId();
        key = "ing-key-" + UUID.randomUUID();
        AccountingKeyFixture.set(keys, merchant.id(), serviceId, key,
                fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id());
    }

    @Test
    void aCreatedInvoiceKeepsTheDocumentIdAndPdfLinkAfterSendingTheKeyAndTheBody() {
        STUB.stubFor(create().willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"doc-4711\"}")));
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, companyInvoice());

        assertThat(invoicing.statusOf(merchant.id(), transactionId)).get().extracting(ExternalInvoiceStatus::state)
                .isEqualTo(State.QUEUED);
        sender.sendDue();

        STUB.verify(1, sentWithTheKey()
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {
                          "issueDate": "2026-12-07",
                          "saleDate": "2026-12-06",
                          "description": "Zamówienie 1234",
                          "currency": {"code": "PLN", "rate": 1},
                          "payment": {"method": "blik", "deadlineDate": "2026-12-07", "paidAmount": 1231.00},
                          "buyer": {"email": "zakupy@firma.example", "fullName": "Firma Żółć sp. z o.o.",
                                    "addressStreet": "ul. Długa 5", "city": "Łódź", "postCode": "90-001",
                                    "countryCode": "PL", "taxNumber": "5260250274", "taxCountryCode": "PL"},
                          "positions": [
                            {"name": "Kubek", "code": "K-1", "quantity": 2, "unit": "szt.", "net": 813.01,
                             "gross": 1000.00, "taxStake": "TAX_23"},
                            {"name": "Książka", "code": null, "quantity": 1, "unit": "szt.", "net": 213.89,
                             "gross": 231.00, "taxStake": "TAX_8"}
                          ]
                        }""")));
        ExternalInvoiceStatus status = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(status.state()).isEqualTo(State.CREATED);
        assertThat(status.documentId()).isEqualTo("doc-4711");
        assertThat(status.pdfUrl())
                .isEqualTo(AccountingStub.baseUrl() + "/v2/api/public/download-invoice/doc-4711/pdf");
        assertThat(status.attempts()).isEqualTo(1);
        assertThat(status.nextAttemptAt()).isNull();
        sender.sendDue();
        STUB.verify(1, sentWithTheKey());
    }

    @Test
    void aRejectionIsAFinalConfigurationErrorWithTheServicesMessageRecordedAgainstTheKey() {
        STUB.stubFor(create().willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Nieprawidłowy klucz API\"}")));
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, companyInvoice());

        sender.sendDue();
        clock.advance(Duration.ofDays(1));
        sender.sendDue();

        STUB.verify(1, sentWithTheKey());
        ExternalInvoiceStatus status = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(status.state()).isEqualTo(State.CONFIGURATION_ERROR);
        assertThat(status.error()).isEqualTo("HTTP 401: Nieprawidłowy klucz API");
        assertThat(status.nextAttemptAt()).isNull();
        assertThat(jdbc.sql("select accounting_key_rejection from shop where service_id = ?").param(serviceId)
                .query(String.class).single()).isEqualTo("HTTP 401: Nieprawidłowy klucz API");
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedWithADoublingDelayUntilTheInvoiceIsCreated() {
        STUB.stubFor(create().inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable"))
                .willSetStateTo("slow"));
        STUB.stubFor(create().inScenario("flaky").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(201).withFixedDelay(15_000).withBody("{\"id\":\"too-late\"}"))
                .willSetStateTo("up"));
        STUB.stubFor(create().inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("{\"documentId\":\"doc-3\"}")));
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, consumerInvoice());

        Instant firstAttempt = clock.instant();
        sender.sendDue();
        ExternalInvoiceStatus afterServerError = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(afterServerError.state()).isEqualTo(State.RETRYING);
        assertThat(afterServerError.error()).isEqualTo("HTTP 503: Service Unavailable");
        assertThat(afterServerError.nextAttemptAt()).isBetween(firstAttempt.plus(Duration.ofMinutes(1)),
                clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(50));
        sender.sendDue();
        STUB.verify(1, sentWithTheKey());
        clock.advance(Duration.ofSeconds(10));
        Instant secondAttempt = clock.instant();
        sender.sendDue();
        ExternalInvoiceStatus afterTimeout = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(afterTimeout.state()).isEqualTo(State.RETRYING);
        assertThat(afterTimeout.error()).isEqualTo("no answer within 5 s");
        assertThat(afterTimeout.attempts()).isEqualTo(2);
        assertThat(afterTimeout.nextAttemptAt()).isBetween(secondAttempt.plus(Duration.ofMinutes(2)),
                clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        ExternalInvoiceStatus created = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(created.state()).isEqualTo(State.CREATED);
        assertThat(created.documentId()).isEqualTo("doc-3");
        assertThat(created.error()).isNull();
        assertThat(created.attempts()).isEqualTo(3);
        STUB.verify(3, sentWithTheKey());
    }

    @Test
    void anInvoiceTheServiceKeepsFailingOnIsGivenUpAfterTheLastAttempt() {
        STUB.stubFor(create().willReturn(aResponse().withStatus(500)));
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, consumerInvoice());

        for (int attempt = 1; attempt <= 8; attempt++) {
            sender.sendDue();
            STUB.verify(attempt, sentWithTheKey());
            clock.advance(Duration.ofMinutes(1L << (attempt - 1)));
        }
        clock.advance(Duration.ofDays(30));
        sender.sendDue();

        STUB.verify(8, sentWithTheKey());
        ExternalInvoiceStatus status = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(status.gaveUp()).isTrue();
        assertThat(status.attempts()).isEqualTo(8);
        assertThat(status.error()).isEqualTo("HTTP 500");
    }

    @Test
    void aSuccessWithoutADocumentIdIsGivenUpAtOnceRatherThanRiskingASecondInvoice() {
        STUB.stubFor(create().willReturn(aResponse().withStatus(200).withBody("{\"status\":\"ok\"}")));
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, consumerInvoice());

        sender.sendDue();
        clock.advance(Duration.ofDays(1));
        sender.sendDue();

        STUB.verify(1, sentWithTheKey());
        ExternalInvoiceStatus status = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(status.gaveUp()).isTrue();
        assertThat(status.error()).isEqualTo("HTTP 200 without a document id");
    }

    @Test
    void anInvoiceWhoseNodeStoppedMidAttemptIsSentAgainWhenItsLeaseEnds() {
        STUB.stubFor(create().willReturn(aResponse().withStatus(201).withBody("{\"id\":\"doc-9\"}")));
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, consumerInvoice());
        Instant now = clock.instant();
        inTransaction.executeWithoutResult(status -> queue.claim(now, now.plus(Duration.ofMinutes(2))));

        sender.sendDue();
        STUB.verify(0, sentWithTheKey());
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        sender.sendDue();

        STUB.verify(1, sentWithTheKey());
        ExternalInvoiceStatus status = invoicing.statusOf(merchant.id(), transactionId).orElseThrow();
        assertThat(status.state()).isEqualTo(State.CREATED);
        assertThat(status.attempts()).isEqualTo(2);
    }

    @Test
    void aShopWithoutAKeyGetsAConfigurationErrorWithoutACall() {
        TestMerchant other = fixtures.merchantWithAllRoles();
        UUID keylessShop = fixtures.shopOf(other).serviceId();
        UUID transactionId = UUID.randomUUID();
        String description = "Zamówienie sklepu bez klucza " + transactionId;
        ExternalInvoice invoice = consumerInvoice();
        inTransaction.executeWithoutResult(status -> invoicing.submit(other.id(), keylessShop, transactionId,
                new ExternalInvoice(invoice.issueDate(), invoice.saleDate(), description, invoice.currency(),
                        invoice.paidAmount(), invoice.paymentMethod(), invoice.buyer(), invoice.positions())));

        sender.sendDue();

        STUB.verify(0, postRequestedFor(urlEqualTo(CREATE)).withRequestBody(containing(description)));
        ExternalInvoiceStatus status = invoicing.statusOf(other.id(), transactionId).orElseThrow();
        assertThat(status.state()).isEqualTo(State.CONFIGURATION_ERROR);
        assertThat(status.error()).isEqualTo(ExternalInvoiceSender.NO_KEY);
    }

    @Test
    void anotherMerchantCannotReadTheStatus() {
        UUID transactionId = UUID.randomUUID();
        submit(transactionId, consumerInvoice());
        TestMerchant other = fixtures.merchantWithAllRoles();

        assertThat(invoicing.statusOf(other.id(), transactionId)).isEmpty();
        assertThat(invoicing.statusOf(merchant.id(), transactionId)).isPresent();
    }

    @Test
    void submittingOutsideTheCallersTransactionIsRefusedAndSubmittingTwiceQueuesOnce() {
        UUID transactionId = UUID.randomUUID();
        assertThatThrownBy(() -> invoicing.submit(merchant.id(), serviceId, transactionId, consumerInvoice()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(invoicing.statusOf(merchant.id(), transactionId)).isEmpty();

        submit(transactionId, consumerInvoice());
        submit(transactionId, companyInvoice());

        assertThat(jdbc.sql("select count(*) from external_invoice where transaction_id = ?").param(transactionId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * The service as this test's shop reaches it: other tests' invoices may be sent in the same run (the queue is
     * shared), and they carry other keys.
     */
    private MappingBuilder create() {
        return post(CREATE).withHeader("ApiUserCompanyRoleKey", equalTo(key));
    }

    private RequestPatternBuilder sentWithTheKey() {
        return postRequestedFor(urlEqualTo(CREATE)).withHeader("ApiUserCompanyRoleKey", equalTo(key));
    }

    private void submit(UUID transactionId, ExternalInvoice invoice) {
        inTransaction.executeWithoutResult(status -> invoicing.submit(merchant.id(), serviceId, transactionId,
                invoice));
    }

    static ExternalInvoice companyInvoice() {
        return new ExternalInvoice(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 6), "Zamówienie 1234", "PLN",
                123_100, "blik",
                new ExternalInvoice.Buyer("zakupy@firma.example", "Firma Żółć sp. z o.o.", "ul. Długa 5", "Łódź",
                        "90-001", "PL", "5260250274", "PL"),
                List.of(new ExternalInvoice.Position("Kubek", "K-1", BigDecimal.valueOf(2), "szt.", 81_301,
                                100_000, "TAX_23"),
                        new ExternalInvoice.Position("Książka", null, BigDecimal.ONE, "szt.", 21_389, 23_100,
                                "TAX_8")));
    }

    static ExternalInvoice consumerInvoice() {
        return new ExternalInvoice(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), "Zamówienie 99", "PLN",
                4_999, "card", new ExternalInvoice.Buyer(null, "Jan Kowalski", null, null, null, null, null, null),
                List.of(new ExternalInvoice.Position("Subskrypcja", null, BigDecimal.ONE, null, 4_064, 4_999,
                        "TAX_23")));
    }
}
