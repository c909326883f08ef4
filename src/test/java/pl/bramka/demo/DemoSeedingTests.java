package pl.bramka.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.IntegrationTest;
import pl.bramka.demo.DemoMerchantSeeder.Seeded;
import pl.bramka.merchant.CompanyData;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.merchant.Nip;
import pl.bramka.shared.DayRange;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.UserManagement;

class DemoSeedingTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoSettings settings;

    @Autowired
    MerchantManagement merchants;

    @Autowired
    DemoMerchantSeeder seeder;

    @Autowired
    UserManagement users;

    @Autowired
    ShopManagement shops;

    @Test
    void theDemoMerchantsLoginsAreWrittenAndWork() throws Exception {
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(settings.credentialsFile(), StandardCharsets.UTF_8)) {
            credentials.load(reader);
        }

        assertThat(credentials.stringPropertyNames()).contains("merchantId", "representative.email",
                "representative.password", "finance-active.email", "finance-active.password",
                "finance-passive.email", "finance-passive.password", "technical.email", "technical.password");
        for (String role : new String[] {"representative", "finance-active", "finance-passive", "technical"}) {
            mvc.perform(formLogin("/login").user("email", credentials.getProperty(role + ".email"))
                    .password(credentials.getProperty(role + ".password"))).andExpect(redirectedUrl("/"));
        }
        assertThat(jdbc.sql("select count(*) from user_account u join merchant m on m.id = u.merchant_id where m.public_id = ?")
                .param(credentials.getProperty("merchantId")).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void theDemoMerchantHasTheCompanyDataBuiltInInvoicesNeed() throws Exception {
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(settings.credentialsFile(), StandardCharsets.UTF_8)) {
            credentials.load(reader);
        }

        Merchant demo = merchants.search(credentials.getProperty("merchantId"), null, 1).get(0);

        assertThat(Nip.parse(demo.nip())).contains(demo.nip());
        assertThat(demo.address()).isNotBlank();
        assertThat(demo.name()).isEqualTo("Demo Sklep sp. z o.o.");
    }

    @Test
    void theOutboxPageShowsTheMailSentWithItsLink() throws Exception {
        String email = fixtures.merchantWithAllRoles().email(pl.bramka.user.Role.TECHNICAL);
        mvc.perform(post("/password/forgot").param("email", email).with(csrf()));

        mvc.perform(get("/dev/mail")).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("/password/reset/")));
    }

    /**
     * The seeder's history step for a merchant of this test (the test context's demo merchant gets no history):
     * invoices for the invoiced days' sales, issued by the invoice job, a correction for a refund of an invoiced
     * sale, none for the days before, and last month's report for the accountant, done.
     */
    @Test
    void theHistoryBringsIssuedInvoicesACorrectionAndLastMonthsReport() {
        UUID merchantId = merchants.onboard(new CompanyData("Historia Demo sp. z o.o.", uniqueNip(), null,
                "ul. Przykładowa 2, 00-001 Warszawa"));
        UUID representative = users.createActiveUser(merchantId, "demo-" + UUID.randomUUID() + "@example.com",
                "Anna", "Nowak", Role.REPRESENTATIVE, "Historia-demo-" + UUID.randomUUID());
        UUID serviceId = shops.registerDemoShop(merchantId);
        LocalDate invoicedFrom = LocalDate.now(clock.withZone(DayRange.WARSAW)).minusDays(30);

        seeder.writeHistory(new Seeded(merchantId, serviceId, representative, Map.of()), 60, 30);

        await().atMost(Duration.ofMinutes(2)).until(() -> invoices(merchantId, "state = 'QUEUED'") == 0
                && "done".equals(jdbc.sql("select string_agg(state, ',') from generated_report where merchant_id = ?")
                        .param(merchantId).query(String.class).single()));
        assertThat(invoices(merchantId, "kind = 'VAT' and state = 'EMAILED' and number like 'FV/%'"))
                .as("one invoice, e-mailed, per sale of the invoiced days").isEqualTo(jdbc.sql("""
                        select count(*) from payment_transaction where merchant_id = ? and type = 'sale'
                        and created_at >= ?""").params(merchantId, Timestamp.from(DayRange.startOf(invoicedFrom)))
                        .query(Integer.class).single()).isPositive();
        assertThat(invoices(merchantId, "kind = 'KOR' and state = 'EMAILED'")).isPositive();
        assertThat(invoices(merchantId, "state = 'FAILED'")).isZero();
        assertThat(jdbc.sql("""
                select count(*) from generated_report where merchant_id = ? and requested_by = ? and state = 'done'
                and rows_written > 0""").params(merchantId, representative).query(Integer.class).single()).isEqualTo(1);
    }

    private int invoices(UUID merchantId, String condition) {
        return jdbc.sql("select count(*) from invoice where merchant_id = ? and " + condition).param(merchantId)
                .query(Integer.class).single();
    }

    /** A random NIP with a valid check digit: NIPs are unique among merchants. */
    private static String uniqueNip() {
        while (true) {
            String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
            for (int check = 0; check <= 9; check++) {
                if (Nip.parse(digits + check).isPresent()) {
                    return digits + check;
                }
            }
        }
    }
}
