package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.database.ReportsDatabase;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;

/**
 * Reports read the database of {@code bramka.reports.datasource.url}: here a second PostgreSQL server, migrated like
 * the primary, holding bookings the primary does not have. The list, the download and a background report show the
 * replica's rows, while the background report's own row is written to the primary; the replica's pool refuses writes.
 */
class ReportsReplicaTests extends IntegrationTest {

    private static final EmbeddedPostgres REPLICA = startReplica();

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportsDatabase reports;

    @Autowired
    GeneratedReportFiles files;

    private final JdbcClient replica = JdbcClient.create(REPLICA.getPostgresDatabase());
    private TestMerchant merchant;
    private TestShop shop;

    @DynamicPropertySource
    static void reportsFromTheReplica(DynamicPropertyRegistry registry) {
        registry.add("bramka.reports.datasource.url", () -> REPLICA.getJdbcUrl("postgres", "postgres"));
        registry.add("bramka.reports.datasource.username", () -> "postgres");
    }

    @BeforeEach
    void aMerchantKnownToBoth() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
    }

    @Test
    void theListAndTheDownloadShowTheReplicasBookings() throws Exception {
        LocalDate day = ReportTestData.day(1300);
        onTheReplica(day, 2);
        ReportTestData.moveTo(clock, day.plusDays(1), LocalTime.NOON);

        String list = mvc.perform(get("/reports?range=custom&from=" + day + "&to=" + day)
                .with(user(fixtures.signedIn(merchant.email(Role.REPRESENTATIVE))))).andReturn().getResponse()
                .getContentAsString();
        String csv = download(day).getContentAsString(StandardCharsets.UTF_8);

        assertThat(list).contains("REPLICA-1", "REPLICA-2");
        assertThat(csv).contains("REPLICA-1", "REPLICA-2");
        assertThat(csv.split("\r\n")).as("a header, two sales and their commissions").hasSize(5);
        assertThat(jdbc.sql("select count(*) from payment_transaction where merchant_id = ?").param(merchant.id())
                .query(Long.class).single()).as("the primary has none of them").isZero();
    }

    @Test
    void aBackgroundReportReadsTheReplicaAndIsRecordedOnThePrimary() throws Exception {
        LocalDate day = ReportTestData.day(1301);
        onTheReplica(day, 30);

        MockHttpServletResponse response = download(day);

        assertThat(response.getRedirectedUrl()).isEqualTo("/reports/generated");
        UUID id = jdbc.sql("select id from generated_report where merchant_id = ?").param(merchant.id())
                .query(UUID.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(jdbc
                .sql("select state from generated_report where id = ?").param(id).query(String.class).single()));
        assertThat(jdbc.sql("select expected_rows from generated_report where id = ?").param(id).query(Long.class)
                .single()).isEqualTo(60);
        assertThat(Files.readString(files.finished(merchant.id(), id))).contains("REPLICA-30");
        assertThat(replica.sql("select count(*) from generated_report").query(Long.class).single()).isZero();
    }

    @Test
    void theReplicasConnectionsAreReadOnly() {
        assertThatThrownBy(() -> reports.read(reader -> reader.jdbc()
                .sql("insert into merchant (id, public_id, name) values (gen_random_uuid(), 'written', 'Written')")
                .update())).hasMessageContaining("read-only");
    }

    private MockHttpServletResponse download(LocalDate day) throws Exception {
        return mvc.perform(get("/reports/download?format=csv&range=custom&from=" + day + "&to=" + day + "&asOf="
                + ZonedDateTime.of(day.plusDays(1), LocalTime.NOON, DayRange.WARSAW).toInstant())
                .with(user(fixtures.signedIn(merchant.email(Role.REPRESENTATIVE))))).andReturn().getResponse();
    }

    /** Settled sales of the merchant's shop on the replica alone (its foreign keys not enforced for this session). */
    private void onTheReplica(LocalDate day, int sales) {
        replica.sql("""
                set session_replication_role = replica;
                insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount,
                    currency, order_id, title, payment_method, payment_method_code, commission, payer_name,
                    created_at, modified_at)
                select gen_random_uuid(), gen_random_uuid(), ?, ?, 'sale', 'settled', 'api', 1000 + i, 'PLN',
                    'REPLICA-' || i, 'Zamówienie', 'blik', 'blik', 15, 'Jan Kowalski', ?::timestamptz
                        + i * interval '1 minute', ?::timestamptz + i * interval '1 minute'
                from generate_series(1, ?) i;
                set session_replication_role = origin""")
                .params(merchant.id(), shop.serviceId(), start(day), start(day), sales).update();
    }

    private static String start(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(9, 0), DayRange.WARSAW).toOffsetDateTime().toString();
    }

    private static EmbeddedPostgres startReplica() {
        try {
            EmbeddedPostgres replica = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            DataSource database = replica.getPostgresDatabase();
            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    replica.close();
                } catch (IOException ignored) {
                    // The JVM is ending; its temporary directory goes with it.
                }
            }));
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
