package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.UserManagement;

/**
 * The application as a production server runs it: demo mode off. It is started here next to the suite's own (demo)
 * application, on the same PostgreSQL server and database but in a schema of its own, so it costs no second server
 * and neither application's background work sees the other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionModeTests extends IntegrationTest {

    private static final String SCHEMA = "production_mode";

    @Autowired
    DataSource suiteDataSource;

    private ConfigurableApplicationContext production;
    private JdbcClient productionJdbc;

    @BeforeAll
    void startInProductionMode() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        jdbc.sql("create schema " + SCHEMA).update();
        production = start(productionSettings());
        productionJdbc = production.getBean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        if (production != null) {
            production.close();
        }
    }

    @Test
    void theAddressGuardRefusesALoopbackWebhookWithoutConnecting() {
        UUID merchantId = production.getBean(MerchantManagement.class).register("Sklep produkcyjny");
        UUID serviceId = production.getBean(ShopManagement.class).register(merchantId, "Sklep",
                "https://sklep.example.com");
        // What the operator does for a new shop
        productionJdbc.sql("update shop set status = 'ACTIVE' where service_id = ?").param(serviceId).update();

        Payments payments = production.getBean(Payments.class);
        payments.cancel(payments.open(new NewPayment(serviceId, PaymentSource.API, 4999, "PLN", "Zamówienie 5",
                "Zakupy", null, Customer.unknown(), null, null, ReturnUrls.none(), "http://127.0.0.1/imoje/notify",
                null, null, "pl", null)).id());

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(productionJdbc.sql(
                "select status from notification where service_id = ?").param(serviceId).query(String.class)
                .single()));
        assertThat(productionJdbc.sql("select a.outcome || ': ' || a.error from notification_attempt a "
                + "join notification n on n.id = a.notification_id where n.service_id = ?").param(serviceId)
                .query(String.class).list()).containsExactly("REFUSED_ADDRESS: address 127.0.0.1 is not public");
    }

    @Test
    void aNewShopWaitsForTheOperator() {
        UUID merchantId = production.getBean(MerchantManagement.class).register("Sklep czekający");
        String email = "owner-" + merchantId + "@example.com";
        production.getBean(UserManagement.class).createActiveUser(merchantId, email, "Anna", "Nowak",
                Role.REPRESENTATIVE, Fixtures.PASSWORD);

        try (HttpVisitor owner = HttpVisitor.of(productionUrl())) {
            owner.signIn(email, Fixtures.PASSWORD);
            HttpVisitor.Answer created = owner.submit("/shops/new",
                    Map.of("name", "Nowy sklep", "website", "https://sklep.example.com"));
            assertThat(created.status()).isEqualTo(302);
        }

        assertThat(productionJdbc.sql("select status from shop where merchant_id = ?").param(merchantId)
                .query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    void theLocalMailPageDoesNotExist() {
        try (HttpVisitor local = HttpVisitor.of(productionUrl())) {
            assertThat(local.get("/dev/mail").status()).isEqualTo(404);
        }
    }

    @Test
    void theApplicationRefusesToStartWithoutASecretKey() {
        Map<String, Object> settings = productionSettings();
        settings.remove("bramka.secrets.key");
        settings.put("bramka.secrets.key-file", "target/no-such-dir/secret.key");

        assertThatThrownBy(() -> start(settings)).rootCause()
                .hasMessageStartingWith("No encryption key: set bramka.secrets.key (BRAMKA_SECRETS_KEY)");
    }

    @Test
    void theApplicationRefusesToStartWithoutAPublicUrl() {
        Map<String, Object> settings = productionSettings();
        settings.remove("bramka.public-url");

        assertThatThrownBy(() -> start(settings)).rootCause()
                .hasMessageStartingWith("No public URL: set bramka.public-url (BRAMKA_PUBLIC_URL)");
    }

    /** What a production server is given: its database, key and public address; demo mode follows (off). */
    private Map<String, Object> productionSettings() {
        HikariDataSource suite = (HikariDataSource) suiteDataSource;
        Map<String, Object> settings = new HashMap<>();
        String url = suite.getJdbcUrl();
        settings.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                + ",public");
        settings.put("spring.datasource.username", suite.getUsername());
        if (suite.getPassword() != null) {
            settings.put("spring.datasource.password", suite.getPassword());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        settings.put("bramka.secrets.key", Base64.getEncoder().encodeToString(key));
        settings.put("bramka.public-url", "https://bramka.example");
        settings.put("server.port", 0);
        settings.put("spring.main.banner-mode", "off");
        return settings;
    }

    /** Settings as command-line arguments, which outrank application.properties as a server's environment does. */
    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        return new SpringApplicationBuilder(BramkaApplication.class)
                .run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    private String productionUrl() {
        return "http://localhost:" + production.getEnvironment().getProperty("local.server.port");
    }
}
