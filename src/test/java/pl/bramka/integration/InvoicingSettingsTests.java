package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** The invoicing form of the integration tab: what each mode needs, errors tied to their fields, nothing written. */
class InvoicingSettingsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvoicingSettings settings;

    @Autowired
    AccountingKeys keys;

    TestMerchant merchant;
    TestShop shop;
    SignedInUser representative;

    @BeforeEach
    void shopWithoutCompanyData() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
    }

    @Test
    void eachModeIsRefusedWithoutWhatItNeedsAndNothingIsWritten() throws Exception {
        String builtIn = refused("BUILT_IN", "23", "");
        String external = refused("EXTERNAL", "23", "");
        String exemptWithoutBasis = refused("OFF", "zw", " ");

        assertThat(builtIn).contains("id=\"mode-error\"", "id=\"company-data-link\"", "href=\"/contact\"",
                "Do wystawiania faktur potrzebne są dane firmy");
        assertThat(external).contains("id=\"mode-error\"", "wymaga klucza ING Księgowość");
        assertThat(exemptWithoutBasis).contains("id=\"exemptionBasis-error\"",
                "aria-describedby=\"exemptionBasis-hint exemptionBasis-error\"", "podaj podstawę prawną");
        assertThat(jdbc.sql("select count(*) from shop_invoicing where service_id = ?").param(shop.serviceId())
                .query(Long.class).single()).isZero();
        assertThat(settings.of(shop.serviceId())).isEqualTo(ShopInvoicing.DEFAULT);
    }

    @Test
    void withTheCompanyDataAndTheKeyTheModesAreSaved() throws Exception {
        jdbc.sql("update merchant set nip = '5260250274', address = 'ul. Świętokrzyska 12, Warszawa' where id = ?")
                .param(merchant.id()).update();

        assertThat(save("BUILT_IN", "zw", " art. 113 ust. 1 ustawy o VAT ").getRedirectedUrl())
                .isEqualTo("/shops/" + shop.serviceId() + "/integration#invoicing");
        assertThat(settings.of(shop.serviceId())).isEqualTo(new ShopInvoicing(InvoicingMode.BUILT_IN, "zw",
                "art. 113 ust. 1 ustawy o VAT"));

        keys.set(merchant.id(), shop.serviceId(), "ing-key-1234567", representative.id());
        save("EXTERNAL", "8", "ignored without zw");
        assertThat(settings.of(shop.serviceId())).isEqualTo(new ShopInvoicing(InvoicingMode.EXTERNAL, "8", null));
    }

    private String refused(String mode, String vatRate, String basis) throws Exception {
        MockHttpServletResponse response = save(mode, vatRate, basis);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse save(String mode, String vatRate, String basis) throws Exception {
        return mvc.perform(post("/shops/" + shop.serviceId() + "/integration/invoicing").param("mode", mode)
                .param("vatRate", vatRate).param("exemptionBasis", basis).with(user(representative)).with(csrf()))
                .andReturn().getResponse();
    }
}
