package pl.bramka.accounting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.accounting.ExternalInvoiceStatus.State;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;

class AccountingBrowserTests extends BrowserTest {

    @Autowired
    ShopManagement shops;

    @Autowired
    ExternalInvoicing invoicing;

    @Autowired
    ExternalInvoiceSender sender;

    @Autowired
    TransactionTemplate inTransaction;

    /**
     * The Representative pastes a key the service refuses: the refusal shows next to the key (to a Technical user
     * without the service's own words, which may quote amounts) until a new key is saved.
     */
    @Test
    void theServicesRejectionOfTheKeyIsShownNextToItUntilANewKeyIsSaved() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shops.register(merchant.id(), "Sklep z księgowością", "https://k.example.com");
        String wrongKey = "ing-zly-klucz-" + UUID.randomUUID();
        AccountingStub.server().stubFor(post(AccountingClient.CREATE_PATH)
                .withHeader(AccountingClient.KEY_HEADER, equalTo(wrongKey))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Klucz API jest nieaktywny\"}")));
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");
        page.getByLabel("Klucz API ING Księgowość").fill(wrongKey);
        saveKey();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Klucz API ING Księgowość został zapisany.");
        assertThat(page.locator("#accounting-key-rejection")).hasCount(0);

        UUID transactionId = UUID.randomUUID();
        inTransaction.executeWithoutResult(status -> invoicing.submit(merchant.id(), serviceId, transactionId,
                ExternalInvoicingTests.consumerInvoice()));
        sender.sendDue();
        assertThat(invoicing.statusOf(merchant.id(), transactionId).orElseThrow())
                .extracting(ExternalInvoiceStatus::state, ExternalInvoiceStatus::error)
                .containsExactly(State.CONFIGURATION_ERROR, "HTTP 403: Klucz API jest nieaktywny");
        page.reload();

        assertThat(page.locator("#accounting-key-rejection"))
                .containsText("ING Księgowość odrzuciła klucz lub dane faktury");
        assertThat(page.locator("#accounting-key-rejection-message")).hasText("HTTP 403: Klucz API jest nieaktywny");
        assertAccessible(page);

        try (BrowserContext technicalContext = newContext()) {
            Page technical = technicalContext.newPage();
            signIn(technical, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
            technical.navigate("/shops/" + serviceId + "/integration?lang=en");
            assertThat(technical.locator("#accounting-key-rejection"))
                    .containsText("ING Księgowość rejected the key or the invoice data");
            assertThat(technical.locator("#accounting-key-rejection-message")).hasCount(0);
            assertAccessible(technical);
        }

        page.getByLabel("Nowy klucz API ING Księgowość").fill("ing-dobry-klucz-" + UUID.randomUUID());
        saveKey();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Klucz API ING Księgowość został zapisany.");
        assertThat(page.locator("#accounting-key-rejection")).hasCount(0);
    }

    private void saveKey() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz klucz")).click();
    }
}
