package pl.bramka.demo;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.IntegrationTest;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.merchant.Nip;

class DemoSeedingTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoSettings settings;

    @Autowired
    MerchantManagement merchants;

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
}
