package pl.bramka.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;
import pl.bramka.ksef.KsefInvoiceAccepted;
import pl.bramka.ksef.KsefInvoiceRejected;
import pl.bramka.ksef.KsefSubmissions;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/**
 * Built-in invoices of a merchant that sends them to KSeF: handed over in the transaction that issues them, the PDF
 * carrying the "KOD I" link of exactly the stored XML bytes, labelled OFFLINE; KSeF's number or refusal stored when
 * the KSeF module reports it, and shown in the panel.
 */
class InvoiceKsefTests extends IntegrationTest {

    @Autowired
    SettledSales settledSales;

    @Autowired
    InvoiceGeneration generation;

    @Autowired
    InvoiceRepository invoices;

    @Autowired
    KsefSubmissions ksef;

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    PaymentInvoices requests;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Refunds refunds;

    @Autowired
    MockMvc mvc;

    TestMerchant merchant;
    TestShop shop;

    @BeforeEach
    void merchantSendingCompanyInvoicesToKsef() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        InvoicingTests.withCompanyData(jdbc, merchant.id());
        jdbc.sql("insert into shop_invoicing (service_id, mode) values (?, 'BUILT_IN')").param(shop.serviceId())
                .update();
        jdbc.sql("insert into ksef_settings (merchant_id, enabled, environment, include_consumers, updated_at) "
                + "values (?, true, 'TEST', false, now())").param(merchant.id()).update();
        clock.advance(Duration.ofDays(1300 + ThreadLocalRandom.current().nextInt(100)));
    }

    @Test
    void aCompanyInvoiceGoesToKsefWithTheQrLinkOfItsStoredBytes() throws Exception {
        Invoice invoice = issued(companySale());

        assertThat(invoice.ksefState()).isEqualTo(Invoice.KsefState.OFFLINE);
        byte[] xml = invoices.xml(merchant.id(), invoice.id()).orElseThrow();
        assertThat(jdbc.sql("select xml from ksef_submission where invoice_id = ?").param(invoice.id())
                .query((rs, row) -> rs.getBytes(1)).single()).isEqualTo(xml);
        String sellerNip = jdbc.sql("select nip from merchant where id = ?").param(merchant.id())
                .query(String.class).single();
        String link = ksef.verificationLink(merchant.id(), sellerNip, invoice.issueDate(), xml);
        String pdf = text(invoices.pdf(merchant.id(), invoice.id()).orElseThrow()).replaceAll("\\s", "");
        assertThat(pdf).contains(link, "OFFLINE");
    }

    @Test
    void aConsumerInvoiceStaysOutsideKsefUnlessTheMerchantSendsThoseToo() throws Exception {
        Invoice invoice = issued(settledSales.settled(shop, 4_200));

        assertThat(invoice.ksefState()).isNull();
        assertThat(ksef.statusOf(merchant.id(), invoice.id())).isEmpty();
        assertThat(text(invoices.pdf(merchant.id(), invoice.id()).orElseThrow())).doesNotContain("OFFLINE");
    }

    @Test
    void kseFsNumberAndRefusalAreStoredAndShown() throws Exception {
        Invoice accepted = issued(companySale());
        Invoice rejected = issued(companySale());
        String ksefNumber = "5260250274-20300715-0123456789AB-5C";

        byte[] upo = "<Potwierdzenie>UPO</Potwierdzenie>".getBytes(StandardCharsets.UTF_8);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update ksef_submission set state = 'ACCEPTED', ksef_number = ?, upo = ? where invoice_id = ?")
                    .params(ksefNumber, upo, accepted.id()).update();
            events.publishEvent(new KsefInvoiceAccepted(merchant.id(), accepted.id(), ksefNumber));
            events.publishEvent(new KsefInvoiceRejected(merchant.id(), rejected.id(), "Błąd weryfikacji NIP nabywcy"));
        });

        assertThat(invoices.find(merchant.id(), accepted.id()).orElseThrow())
                .extracting(Invoice::ksefState, Invoice::ksefNumber)
                .containsExactly(Invoice.KsefState.ACCEPTED, ksefNumber);
        assertThat(invoices.find(merchant.id(), rejected.id()).orElseThrow())
                .extracting(Invoice::ksefState, Invoice::ksefError)
                .containsExactly(Invoice.KsefState.REJECTED, "Błąd weryfikacji NIP nabywcy");
        SignedInUser finance = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
        assertThat(mvc.perform(get("/invoices").with(user(finance))).andReturn().getResponse()
                .getContentAsString()).contains("KSeF: " + ksefNumber,
                        "Odrzucona przez KSeF: Błąd weryfikacji NIP nabywcy");
        assertThat(mvc.perform(get("/invoices/" + accepted.id() + "/upo.xml").with(user(finance))).andReturn()
                .getResponse().getContentAsByteArray()).isEqualTo(upo);
        assertThat(mvc.perform(get("/invoices/" + rejected.id() + "/upo.xml").with(user(finance))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/transactions/" + rejected.transactionId()).with(user(finance))).andReturn()
                .getResponse().getContentAsString()).contains("Odrzucona przez KSeF: Błąd weryfikacji NIP nabywcy");
    }

    @Test
    void aCorrectionWaitsForTheKsefNumberOfTheInvoiceItCorrectsAndThenNamesIt() {
        Transaction sale = companySale();
        Invoice original = issued(sale);
        Transaction refund = refunds.refund(sale, 2_300, "Zwrot", PaymentSource.WEB);

        generation.generateDue();
        Invoice waiting = invoices.ofTransaction(merchant.id(), refund.id()).orElseThrow();
        String ksefNumber = "5260250274-20300715-0123456789AB-5C";
        transactions.executeWithoutResult(status -> events.publishEvent(
                new KsefInvoiceAccepted(merchant.id(), original.id(), ksefNumber)));
        clock.advance(Duration.ofMinutes(2));
        generation.generateDue();

        assertThat(waiting.number()).isNull();
        assertThat(waiting.error()).contains("KSeF number");
        byte[] xml = invoices.xml(merchant.id(), waiting.id()).orElseThrow();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains(
                "<NrKSeFFaKorygowanej>" + ksefNumber + "</NrKSeFFaKorygowanej>");
    }

    private Invoice issued(Transaction sale) {
        generation.generateDue();
        return invoices.ofTransaction(merchant.id(), sale.id()).filter(invoice -> invoice.number() != null)
                .orElseThrow();
    }

    private Transaction companySale() {
        InvoiceDetails details = new InvoiceDetails(new InvoiceBuyer(true, "zakupy@zolw.example",
                "Hurtownia Żółw S.A.", "ul. Długa 5", "Gdańsk", "80-001", "PL", "VAT_ID", "PL", "5260250274"),
                List.of(new InvoicePosition("Usługa", null, BigDecimal.ONE, "szt.", 12_300, TaxStake.TAX_23)));
        Payment payment = transactions.execute(status -> {
            Payment opened = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 12_300, "PLN",
                    "ZAM/" + UUID.randomUUID().toString().substring(0, 8), "Usługa", null,
                    new Customer("Jan", "Kowalski", "jan@zolw.example", null), null, null, ReturnUrls.none(), null,
                    null, null, "pl", null));
            requests.attach(merchant.id(), opened.id(), details);
            return opened;
        });
        Transaction sale = payments.attempt(payment.id(), "blik");
        return processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
