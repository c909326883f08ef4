package pl.bramka.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.SettledSales;
import pl.bramka.accounting.ExternalInvoiceStatus;
import pl.bramka.accounting.ExternalInvoicing;
import pl.bramka.integration.AccountingKeyFixture;
import pl.bramka.integration.AccountingKeys;
import pl.bramka.merchant.Nip;
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
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;

/**
 * Built-in invoicing from a settled sale to the buyer's mailbox: queued with the settlement, numbered without gaps,
 * FA(3) XML valid against the official schema, a PDF with Polish letters, a correction for a refund. Sales are
 * paid 1300–1399 days ahead, so their months' series are this test's alone.
 */
class InvoicingTests extends IntegrationTest {

    private static final String SELLER = "Zażółć Gęślą Jaźń sp. z o.o.";

    @Autowired
    SettledSales settledSales;

    @Autowired
    InvoiceGeneration generation;

    @Autowired
    InvoiceRepository invoices;

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    PaymentInvoices requests;

    @Autowired
    Refunds refunds;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AccountingKeys accountingKeys;

    @Autowired
    ExternalInvoicing externalInvoicing;

    TestShop shop;
    /** Every test's buyer has its own mail domain: numbers repeat across merchants, and the mail server is shared. */
    String buyerDomain = UUID.randomUUID().toString().substring(0, 8) + ".example";

    @BeforeEach
    void shopWithBuiltInInvoicing() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        withCompanyData(jdbc, shop.merchantId());
        jdbc.sql("insert into shop_invoicing (service_id, mode) values (?, 'BUILT_IN')").param(shop.serviceId())
                .update();
        clock.advance(Duration.ofDays(1300 + ThreadLocalRandom.current().nextInt(100)));
    }

    @Test
    void twentyConcurrentSettlementsGetTwentyConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Transaction>> sales = IntStream.range(0, 20)
                    .mapToObj(i -> (Callable<Transaction>) () -> settledSales.settled(shop, 1_000 + i)).toList();
            for (Future<Transaction> sale : pool.invokeAll(sales)) {
                sale.get();
            }
            // the application's own invoice job may already have taken some of them past QUEUED
            assertThat(jdbc.sql("select count(*) from invoice where merchant_id = ?").param(shop.merchantId())
                    .query(Long.class).single()).isEqualTo(20);
            List<Callable<Object>> generators = IntStream.range(0, 4)
                    .mapToObj(i -> (Callable<Object>) () -> {
                        generation.generateDue();
                        return null;
                    }).toList();
            for (Future<Object> generator : pool.invokeAll(generators)) {
                generator.get();
            }
        } finally {
            pool.shutdown();
        }
        // The application's own job may still be finishing the invoice it claimed meanwhile
        await().atMost(Duration.ofSeconds(20)).until(() -> count("QUEUED") == 0);

        LocalDate today = LocalDate.ofInstant(clock.instant(), DayRange.WARSAW);
        String prefix = String.format("FV/%04d/%02d/", today.getYear(), today.getMonthValue());
        List<String> numbers = jdbc.sql("select number from invoice where merchant_id = ? order by number")
                .param(shop.merchantId()).query(String.class).list();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 20)
                .mapToObj(n -> prefix + String.format("%04d", n)).toList());
    }

    @Test
    void aCompanySaleGetsAValidXmlAPdfWithPolishLettersAndAnEmail() throws Exception {
        Transaction sale = paidWithInvoiceObject(17_500);

        generation.generateDue();

        Invoice invoice = invoices.ofTransaction(shop.merchantId(), sale.id()).orElseThrow();
        assertThat(invoice.state()).isEqualTo(InvoiceState.EMAILED);
        byte[] xml = invoices.xml(shop.merchantId(), invoice.id()).orElseThrow();
        Fa3Schema.validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<P_2>" + invoice.number() + "</P_2>",
                "<P_13_1>81.30</P_13_1>", "<P_13_2>46.30</P_13_2>", "<P_13_7>25.00</P_13_7>", "<P_15>175.00</P_15>");
        String pdf = text(invoices.pdf(shop.merchantId(), invoice.id()).orElseThrow());
        assertThat(pdf).contains(invoice.number(), SELLER, "Próbka ąćęłńóśźż", "Hurtownia Żółw S.A.", "175,00",
                "81,30", "18,70", "46,30", "3,70", "25,00");

        MimeMessage mail = Mailbox.awaitMessage(MAIL, buyerDomain, invoice.number());
        assertThat(Mailbox.attachments(mail)).extracting(Mailbox.Attached::fileName)
                .containsExactly(invoice.number().replace('/', '-') + ".pdf",
                        invoice.number().replace('/', '-') + ".xml");
        assertThat(Mailbox.attachments(mail).get(1).content()).isEqualTo(xml);
    }

    @Test
    void aPartialRefundGetsACorrectionWithTheDifferences() throws Exception {
        Transaction sale = paidWithInvoiceObject(17_500);
        generation.generateDue();
        Invoice original = invoices.ofTransaction(shop.merchantId(), sale.id()).orElseThrow();

        Transaction refund = refunds.refund(sale, 7_000, "Zwrot części", PaymentSource.WEB);
        generation.generateDue();

        Invoice correction = invoices.ofTransaction(shop.merchantId(), refund.id()).orElseThrow();
        assertThat(correction.kind()).isEqualTo(InvoiceKind.KOR);
        assertThat(correction.number()).startsWith("KOR/").endsWith("/0001");
        assertThat(correction.correctedInvoiceId()).isEqualTo(original.id());
        assertThat(correction.gross()).isEqualTo(-7_000);
        byte[] xml = invoices.xml(shop.merchantId(), correction.id()).orElseThrow();
        Fa3Schema.validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<RodzajFaktury>KOR</RodzajFaktury>",
                "<NrFaKorygowanej>" + original.number() + "</NrFaKorygowanej>", "<P_15>-70.00</P_15>");
        assertThat(text(invoices.pdf(shop.merchantId(), correction.id()).orElseThrow()))
                .contains(correction.number(), original.number(), "-70,00");
    }

    @Test
    void aConsumerSaleWithoutAnInvoiceObjectGetsOneLineAtTheShopsRate() throws Exception {
        Transaction sale = settledSales.settled(shop, 12_345);

        generation.generateDue();

        Invoice invoice = invoices.ofTransaction(shop.merchantId(), sale.id()).orElseThrow();
        byte[] xml = invoices.xml(shop.merchantId(), invoice.id()).orElseThrow();
        Fa3Schema.validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<BrakID>1</BrakID>", "<P_13_1>100.37</P_13_1>",
                "<P_14_1>23.08</P_14_1>", "<P_15>123.45</P_15>");
        assertThat(Mailbox.attachments(Mailbox.awaitMessage(MAIL, invoice.buyerEmail(), invoice.number())))
                .extracting(Mailbox.Attached::contentType).singleElement().asString().startsWith("application/pdf");
    }

    @Test
    void aBuyerWhoPaidInEnglishGetsTheInvoiceInEnglish() throws Exception {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 2_500, "PLN",
                "ZAM/EN-" + buyerDomain.substring(0, 8), "Bicycle bell", null,
                new Customer("John", "Smith", "john@" + buyerDomain, null), null, null, ReturnUrls.none(), null, null,
                null, "en", null));
        Transaction sale = processing.pay(payments.attempt(payment.id(), "blik").id(),
                new PayerInput.BlikCode("777123")).transaction();

        generation.generateDue();

        Invoice invoice = invoices.ofTransaction(shop.merchantId(), sale.id()).orElseThrow();
        assertThat(text(invoices.pdf(shop.merchantId(), invoice.id()).orElseThrow())).contains("VAT invoice",
                "Seller", "Buyer", "John Smith", "Bicycle bell", "Total");
        assertThat(Mailbox.awaitMessage(MAIL, "john@" + buyerDomain, invoice.number()).getSubject())
                .startsWith("Invoice " + invoice.number());
    }

    @Test
    void withoutTheMerchantsCompanyDataTheInvoiceWaitsAndSaysWhy() {
        jdbc.sql("update merchant set nip = null where id = ?").param(shop.merchantId()).update();
        Transaction sale = settledSales.settled(shop, 5_000);

        generation.generateDue();

        Invoice invoice = invoices.ofTransaction(shop.merchantId(), sale.id()).orElseThrow();
        assertThat(invoice.state()).isEqualTo(InvoiceState.QUEUED);
        assertThat(invoice.number()).isNull();
        assertThat(invoice.attempts()).isOne();
        assertThat(invoice.error()).contains("NIP");
        assertThat(jdbc.sql("select count(*) from invoice_counter where merchant_id = ?").param(shop.merchantId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theListPagesByKeysetAndFiltersByStateKindAndNumberOrBuyer() {
        for (int i = 0; i < 3; i++) {
            settledSales.settled(shop, 1_000 + i);
            clock.advance(Duration.ofSeconds(1));
        }
        generation.generateDue();
        InvoiceFilter all = InvoiceFilter.of(null, null, null);

        List<Invoice> first = invoices.list(shop.merchantId(), all, null, 2);
        InvoiceCursor cursor = InvoiceCursor.parse(InvoiceCursor.after(first.get(1)).toString()).orElseThrow();
        List<Invoice> second = invoices.list(shop.merchantId(), all, cursor, 2);

        assertThat(first).extracting(Invoice::gross).containsExactly(1_002L, 1_001L);
        assertThat(second).extracting(Invoice::gross).containsExactly(1_000L);
        String number = second.get(0).number();
        assertThat(invoices.list(shop.merchantId(), InvoiceFilter.of(null, null, number), null, 10))
                .extracting(Invoice::gross).containsExactly(1_000L);
        assertThat(invoices.list(shop.merchantId(), InvoiceFilter.of(null, null, "nowak-"), null, 10)).hasSize(3);
        assertThat(invoices.list(shop.merchantId(), InvoiceFilter.of("FAILED", null, null), null, 10)).isEmpty();
        assertThat(invoices.list(shop.merchantId(), InvoiceFilter.of(null, "KOR", null), null, 10)).isEmpty();
        assertThat(InvoiceCursor.parse("99999999999999999999_" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void aShopWithInvoicingOffGetsNoInvoice() {
        jdbc.sql("update shop_invoicing set mode = 'OFF' where service_id = ?").param(shop.serviceId()).update();

        Transaction sale = settledSales.settled(shop, 5_000);

        assertThat(invoices.ofTransaction(shop.merchantId(), sale.id())).isEmpty();
    }

    @Test
    void aShopWithTheAccountingServiceHandsItsSaleThereInsteadOfAnInvoiceHere() {
        AccountingKeyFixture.set(accountingKeys, shop.merchantId(), shop.serviceId(), "ing-key-1234567",
                fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.REPRESENTATIVE)).id());
        jdbc.sql("update shop_invoicing set mode = 'EXTERNAL' where service_id = ?").param(shop.serviceId()).update();

        Transaction sale = paidWithInvoiceObject(17_500);

        assertThat(invoices.ofTransaction(shop.merchantId(), sale.id())).isEmpty();
        assertThat(externalInvoicing.statusOf(shop.merchantId(), sale.id())).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(ExternalInvoiceStatus.State.QUEUED));
        assertThat(jdbc.sql("select request::text from external_invoice where transaction_id = ?").param(sale.id())
                .query(String.class).single()).contains("5260250274", "Hurtownia Żółw S.A.", "TAX_EXEMPT");
    }

    private Transaction paidWithInvoiceObject(long amount) {
        InvoiceDetails details = new InvoiceDetails(new InvoiceBuyer(true, "zakupy@" + buyerDomain,
                "Hurtownia Żółw S.A.", "ul. Długa 5", "Gdańsk", "80-001", "PL", "VAT_ID", "PL", "5260250274"),
                List.of(position("Usługa główna", 10_000, TaxStake.TAX_23),
                        position("Próbka ąćęłńóśźż", 5_000, TaxStake.TAX_8),
                        position("Szkolenie", amount - 15_000, TaxStake.TAX_EXEMPT)));
        Payment payment = transactions.execute(status -> {
            Payment opened = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, amount, "PLN",
                    "ZAM/" + UUID.randomUUID().toString().substring(0, 8), "Zakupy firmowe", null,
                    new Customer("Jan", "Kowalski", "jan@" + buyerDomain, null), null, null, ReturnUrls.none(), null,
                    null, null, "pl", null));
            requests.attach(shop.merchantId(), opened.id(), details);
            return opened;
        });
        Transaction sale = payments.attempt(payment.id(), "blik");
        return processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();
    }

    private static InvoicePosition position(String name, long gross, TaxStake stake) {
        return new InvoicePosition(name, null, BigDecimal.ONE, "szt.", gross, stake);
    }

    private long count(String state) {
        return jdbc.sql("select count(*) from invoice where merchant_id = ? and state = ?")
                .params(shop.merchantId(), state).query(Long.class).single();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Gives the merchant the legal data built-in invoices need: a name with Polish letters, a NIP, an address. */
    static void withCompanyData(JdbcClient jdbc, UUID merchantId) {
        jdbc.sql("update merchant set name = ?, nip = ?, address = ? where id = ?")
                .params(SELLER, uniqueNip(), "ul. Świętokrzyska 12, 00-916 Warszawa", merchantId).update();
    }

    /** A random NIP with a valid check digit; NIPs are unique among merchants. */
    static String uniqueNip() {
        while (true) {
            String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
            for (int check = 0; check <= 9; check++) {
                if (Nip.parse(digits + check).isPresent() && digits.charAt(1) != '0' && digits.charAt(2) != '0') {
                    return digits + check;
                }
            }
        }
    }
}
