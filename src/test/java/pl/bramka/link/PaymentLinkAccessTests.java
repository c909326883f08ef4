package pl.bramka.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;

/**
 * The roles on a real link: Representative and Finance active manage links, Finance passive only views them,
 * Technical gets 403 on every link page and sees no link in the menu; another merchant's link is absent.
 */
class PaymentLinkAccessTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentLinks links;

    TestMerchant merchant;
    TestShop shop;
    UUID linkId;

    @BeforeEach
    void link() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        linkId = links.create(merchant.id(), LinkSamples.oneTime(shop.serviceId(), 2_500));
    }

    @Test
    void technicalUsersGetForbiddenOnEveryLinkPageAndNoMenuEntry() throws Exception {
        for (String path : new String[] {"/payment-links", "/payment-links/new", "/payment-links/" + linkId,
                "/payment-links/" + linkId + "/qr.png", "/payment-links/" + linkId + "/qr.svg",
                "/payment-links/" + linkId + "/deactivate", "/payment-links/new?from=" + linkId}) {
            assertThat(as(Role.TECHNICAL, get(path)).getStatus()).as(path).isEqualTo(403);
        }
        assertThat(as(Role.TECHNICAL, post("/payment-links/" + linkId + "/deactivate").with(csrf())).getStatus())
                .isEqualTo(403);
        assertThat(as(Role.TECHNICAL, get("/shops")).getContentAsString()).doesNotContain("/payment-links");
        assertThat(as(Role.FINANCE_PASSIVE, get("/dashboard")).getContentAsString()).contains("/payment-links");
    }

    @Test
    void financePassiveViewsButNeitherCreatesNorDeactivates() throws Exception {
        assertThat(as(Role.FINANCE_PASSIVE, get("/payment-links")).getContentAsString()).contains(linkId.toString())
                .doesNotContain("id=\"new-link\"");
        String details = as(Role.FINANCE_PASSIVE, get("/payment-links/" + linkId)).getContentAsString();
        assertThat(details).contains("Aktywny").doesNotContain("id=\"deactivate\"").doesNotContain("id=\"duplicate\"");
        assertThat(as(Role.FINANCE_PASSIVE, get("/payment-links/new")).getStatus()).isEqualTo(403);
        assertThat(as(Role.FINANCE_PASSIVE, post("/payment-links/new").with(csrf()).param("title", "X")
                .param("amount", "1")).getStatus()).isEqualTo(403);
        assertThat(as(Role.FINANCE_PASSIVE, post("/payment-links/" + linkId + "/deactivate").with(csrf()))
                .getStatus()).isEqualTo(403);
        assertThat(deactivated()).isFalse();
    }

    @Test
    void financeActiveDeactivatesAfterConfirmingAndThePayerIsTurnedAway() throws Exception {
        String details = as(Role.FINANCE_ACTIVE, get("/payment-links/" + linkId)).getContentAsString();
        assertThat(details).contains("id=\"deactivate\"").contains("id=\"duplicate\"");
        assertThat(as(Role.FINANCE_ACTIVE, get("/payment-links/" + linkId + "/deactivate")).getContentAsString())
                .contains("Dezaktywować link?");
        assertThat(deactivated()).as("showing the confirmation changes nothing").isFalse();

        MockHttpServletResponse done = as(Role.FINANCE_ACTIVE,
                post("/payment-links/" + linkId + "/deactivate").with(csrf()));
        assertThat(done.getRedirectedUrl()).isEqualTo("/payment-links/" + linkId);
        assertThat(deactivated()).isTrue();
        assertThat(jdbc.sql("""
                select p.status from payment p join payment_link_payment lp on lp.payment_id = p.id
                where lp.link_id = ?""").param(linkId).query(String.class).single()).isEqualTo("cancelled");
        assertThat(as(Role.REPRESENTATIVE, get("/payment-links/" + linkId)).getContentAsString())
                .contains("Anulowany").doesNotContain("id=\"deactivate\"");
        String code = jdbc.sql("select code from payment_link where id = ?").param(linkId).query(String.class)
                .single();
        assertThat(mvc.perform(get("/l/" + code).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).contains("This link is no longer active");
    }

    @Test
    void duplicateFillsTheFormAndBadInputWritesNothing() throws Exception {
        String form = as(Role.REPRESENTATIVE, get("/payment-links/new?from=" + linkId)).getContentAsString();
        assertThat(form).contains("value=\"25,00\"").contains("Sobota, 10:00").contains("Jan Kowalski");
        int before = linkCount();
        MockHttpServletResponse refused = as(Role.REPRESENTATIVE, post("/payment-links/new").with(csrf())
                .param("kind", "one_time").param("shop", shop.serviceId().toString()).param("currency", "PLN")
                .param("amount", "12,345").param("title", "Kurs").param("customerEmail", "nie-email")
                .param("validTo", "2001-01-01T10:00").param("methods", "teleport"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("id=\"amount-error\"").contains("id=\"customerEmail-error\"")
                .contains("id=\"validTo-error\"").contains("Termin musi być w przyszłości.");
        assertThat(linkCount()).isEqualTo(before);

        MockHttpServletResponse made = as(Role.REPRESENTATIVE, post("/payment-links/new").with(csrf())
                .param("kind", "one_time").param("shop", shop.serviceId().toString()).param("currency", "PLN")
                .param("amount", "12,30").param("title", "Kurs").param("methods", "blik"));
        assertThat(made.getRedirectedUrl()).startsWith("/payment-links/");
        assertThat(linkCount()).isEqualTo(before + 1);
    }

    @Test
    void anotherMerchantsLinkIsAbsent() throws Exception {
        TestMerchant stranger = fixtures.merchantWithAllRoles();
        for (String path : new String[] {"/payment-links/" + linkId, "/payment-links/new?from=" + linkId,
                "/payment-links/" + linkId + "/deactivate", "/payment-links/not-an-id"}) {
            assertThat(mvc.perform(get(path).with(user(fixtures.signedIn(stranger.email(Role.REPRESENTATIVE)))))
                    .andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/payment-links").with(user(fixtures.signedIn(stranger.email(
                Role.REPRESENTATIVE))))).andReturn().getResponse().getContentAsString())
                .doesNotContain(linkId.toString());
    }

    private boolean deactivated() {
        return jdbc.sql("select deactivated_at is not null from payment_link where id = ?").param(linkId)
                .query(Boolean.class).single();
    }

    private int linkCount() {
        return jdbc.sql("select count(*) from payment_link where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single();
    }

    private MockHttpServletResponse as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(fixtures.signedIn(merchant.email(role))))).andReturn().getResponse();
    }
}
