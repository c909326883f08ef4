package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** Changes made in other modules' pages reach the audit log with who, what, and the values before and after. */
class AuditIntakeTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettledSales sales;

    @Autowired
    ChainVerification verification;

    TestMerchant merchant;
    TestShop shop;
    SignedInUser representative;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
    }

    @Test
    void refundsTheirRulesAndDecisionsAreRecorded() throws Exception {
        Transaction sale = sales.settled(shop, 100_00);
        SignedInUser finance = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));
        perform(post("/settings/refunds").param("thresholds[PLN]", "50,00"), representative);
        assertThat(last()).isEqualTo("REFUND_RULES " + representative.email() + " thresholds: null → 50.00 PLN");

        perform(post("/transactions/" + sale.id() + "/refund/confirm").param("token", token()).param("kind", "partial")
                .param("amount", "10,00").param("title", "Zwrot"), finance);
        assertThat(last()).isEqualTo("REFUND " + finance.email() + " refunded: null → 10.00 PLN");

        perform(post("/transactions/" + sale.id() + "/refund/confirm").param("token", token()).param("kind", "partial")
                .param("amount", "60,00").param("title", "Zwrot"), finance);
        assertThat(last()).isEqualTo("REFUND " + finance.email() + " requested: null → 60.00 PLN");
        UUID request = jdbc.sql("select id from refund_request where sale_id = ?").param(sale.id())
                .query(UUID.class).single();
        perform(post("/transactions/" + sale.id() + "/refund-requests/" + request + "/reject"), representative);
        assertThat(last()).isEqualTo("REFUND_DECISION " + representative.email() + " rejected: null → 60.00 PLN");
        assertThat(verification.verify(merchant.id()).isIntact()).isTrue();
    }

    @Test
    void userAndPaymentMethodChangesAreRecorded() throws Exception {
        SignedInUser finance = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
        perform(post("/users/" + finance.id() + "/role").param("role", "FINANCE_ACTIVE"), representative);
        assertThat(last()).isEqualTo("USER " + representative.email() + " role: FINANCE_PASSIVE → FINANCE_ACTIVE");

        perform(post("/shops/" + shop.serviceId() + "/methods/blik/disable"), representative);
        assertThat(last()).isEqualTo("PAYMENT_METHOD " + representative.email() + " method.blik: enabled → disabled");
    }

    @Test
    void aRevealedShopKeyIsRecordedWithoutTheKey() throws Exception {
        perform(post("/shops/" + shop.serviceId() + "/integration/key/reveal").param("password", Fixtures.PASSWORD),
                representative);
        assertThat(last()).isEqualTo("KEY_REVEALED " + representative.email() + " shopKey: null → null");
        assertThat(jdbc.sql("select count(*) from audit_entry where merchant_id = ? and (coalesce(old_value, '') "
                + "like ? or coalesce(new_value, '') like ?)").params(merchant.id(), "%" + shop.serviceKey() + "%",
                "%" + shop.serviceKey() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aShopKeyRevealedOnThePlatformsPageIsRecordedToo() throws Exception {
        perform(post("/shops/" + shop.serviceId() + "/integration/platforms/key/reveal")
                .param("password", Fixtures.PASSWORD), representative);
        assertThat(last()).isEqualTo("KEY_REVEALED " + representative.email() + " shopKey: null → null");
    }

    /** The pages answer with a redirect or the page itself; what matters here is what they record. */
    private void perform(MockHttpServletRequestBuilder request, SignedInUser as) throws Exception {
        int status = mvc.perform(request.with(csrf()).with(user(as))).andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(400);
    }

    private String last() {
        return jdbc.sql("select kind || ' ' || actor || ' ' || detail || ': ' || coalesce(old_value, 'null') || ' → ' "
                + "|| coalesce(new_value, 'null') from audit_entry where merchant_id = ? order by seq desc limit 1")
                .param(merchant.id()).query(String.class).single();
    }

    private static String token() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
