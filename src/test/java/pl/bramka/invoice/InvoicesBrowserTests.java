package pl.bramka.invoice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.Mailbox;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.user.Role;

/**
 * The main journey of built-in invoicing in a real browser: the Representative switches the shop to it (refused
 * until the company data is there), a payer pays with BLIK, the buyer gets the PDF by e-mail, and the invoice shows
 * on the transaction and in {@code /invoices}, in Polish and English. Technical is kept out.
 */
class InvoicesBrowserTests extends BrowserTest {

    @Autowired
    Payments payments;

    @Autowired
    InvoiceRepository invoices;

    @Test
    void switchOnBuiltInInvoicingPayWithBlikAndFindTheInvoice() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        jdbc.sql("update merchant set nip = null, address = null where id = ?").param(merchant.id()).update();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);

        page.navigate("/shops/" + shop.serviceId() + "/integration");
        page.getByLabel("Faktury wystawiane przez Bramkę").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz ustawienia fakturowania")).click();
        assertThat(page.locator("#mode-error")).containsText("dane firmy");
        assertThat(page.locator("#company-data-link")).hasAttribute("href", "/contact");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from shop_invoicing where service_id = ?").param(shop.serviceId())
                .query(Long.class).single()).isZero();

        InvoicingTests.withCompanyData(jdbc, merchant.id());
        page.getByLabel("Faktury wystawiane przez Bramkę").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz ustawienia fakturowania")).click();
        assertThat(page.locator(".alert-success")).hasText("Ustawienia fakturowania zostały zapisane.");
        assertThat(page.getByLabel("Faktury wystawiane przez Bramkę")).isChecked();

        String buyerDomain = UUID.randomUUID().toString().substring(0, 8) + ".example";
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 24_600, "PLN",
                "ZAM/" + buyerDomain.substring(0, 8), "Rower miejski", null,
                new Customer("Łucja", "Źdźbło", "lucja@" + buyerDomain, null), null, null, ReturnUrls.none(), null,
                null, null, "pl", null));
        Page payer = context.newPage();
        payer.navigate("/pay/" + payment.id());
        payer.locator("#method-blik").check();
        payer.getByLabel("Kod BLIK").fill("777123");
        payer.locator("#pp-pay").click();
        assertThat(payer.locator("h1")).hasText("Płatność zakończona");

        MimeMessage mail = Mailbox.awaitMessage(MAIL, buyerDomain, "Faktura FV/");
        assertThat(Mailbox.attachments(mail)).singleElement()
                .satisfies(pdf -> assertThat(pdf.fileName()).startsWith("FV-").endsWith(".pdf"));
        Invoice invoice = await().atMost(Duration.ofSeconds(20)).until(() -> invoices.list(merchant.id(),
                InvoiceFilter.of(null, null, null), null, 1).stream().findFirst()
                .filter(found -> found.number() != null).orElse(null), found -> found != null);

        page.navigate("/transactions/" + invoice.transactionId());
        assertThat(page.locator("#transaction-invoices")).containsText(invoice.number());
        assertAccessible(page);

        page.navigate("/invoices");
        assertThat(page.locator("#invoices tbody tr").first()).containsText(invoice.number());
        assertThat(page.locator("#invoices tbody tr").first()).containsText("Łucja Źdźbło");
        assertThat(page.locator("#invoices tbody tr").first()).containsText("246,00");
        assertThat(page.locator("#invoices tbody tr").first()).containsText("Wysłana e-mailem");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(invoice.number())).click();
        assertThat(page.locator("h1")).hasText("Faktura " + invoice.number());
        assertThat(page.locator("#download-pdf")).isVisible();
        assertAccessible(page);

        page.getByLabel("Adres e-mail").fill("not an address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij").setExact(true)).click();
        assertThat(page.locator("#recipient-error")).hasText("Podaj poprawny adres e-mail.");
        assertAccessible(page);
        page.getByLabel("Adres e-mail").fill("ksiegowa@" + buyerDomain);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij").setExact(true)).click();
        assertThat(page.locator(".alert-success")).hasText("Faktura została wysłana ponownie.");
        Mailbox.awaitMessage(MAIL, "ksiegowa@" + buyerDomain, invoice.number());

        page.navigate("/invoices?lang=en&state=EMAILED");
        assertThat(page.locator("h1")).hasText("Invoices");
        assertThat(page.locator("#invoices tbody tr").first()).containsText("E-mailed");
        assertAccessible(page);
        page.navigate("/invoices/" + invoice.id());
        assertThat(page.locator("h1")).hasText("Invoice " + invoice.number());
        assertAccessible(page);
        page.navigate("/shops/" + shop.serviceId() + "/integration");
        assertAccessible(page);

        Page technical = newContext().newPage();
        signIn(technical, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        assertThat(technical.navigate("/invoices").status()).isEqualTo(403);
        assertThat(technical.navigate("/invoices/" + invoice.id() + ".pdf").status()).isEqualTo(403);
    }
}
