package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;

/**
 * P10, durability: payment state is committed with {@code synchronous_commit} on, so a payment acknowledged to a shop
 * survives a crash of the database server. Asynchronous commit would be allowed only for rollups and analytics that
 * can be recomputed, and none exist, so nothing in the application may turn it off. The tests run on the suite's
 * database: the embedded PostgreSQL, or the server CI gives.
 */
class DurabilityTests extends IntegrationTest {

    /** The setting and the value after it, in Java ("synchronous_commit", "on"), SQL (= off, to off) or settings. */
    private static final Pattern SETTING = Pattern.compile("synchronous_commit\\W+(?:to\\W+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    DataSource dataSource;

    @Autowired
    Payments payments;

    @Autowired
    TransactionTemplate inTransaction;

    @Test
    void theTransactionThatWritesAPaymentCommitsSynchronously() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());

        CommitSetting insidePaymentTransaction = inTransaction.execute(status -> {
            Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.API, 4_999, "PLN",
                    "P10-1", "Zakupy", null, Customer.unknown(), null, null, ReturnUrls.none(), null, null, null,
                    "pl", null));
            payments.cancel(payment.id());
            // on the connection of the payment's writes: a transaction that has written has an id
            return new CommitSetting(jdbc.sql("show synchronous_commit").query(String.class).single(),
                    jdbc.sql("select txid_current_if_assigned() is not null").query(Boolean.class).single());
        });

        assertThat(insidePaymentTransaction).isEqualTo(new CommitSetting("on", true));
    }

    @Test
    void everyConnectionOfThePoolCommitsSynchronously() throws SQLException {
        int poolSize = ((HikariDataSource) dataSource).getMaximumPoolSize();
        List<Connection> borrowed = new ArrayList<>();
        try {
            List<String> settings = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                Connection connection = dataSource.getConnection();
                borrowed.add(connection);
                settings.add(synchronousCommitOf(connection));
            }
            assertThat(settings).hasSize(poolSize).containsOnly("on");
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    /** A rollup or analytics job committing asynchronously would be the one exception, listed here; none exists. */
    @Test
    void nothingInTheApplicationTurnsSynchronousCommitOff() {
        assertThat(synchronousCommitSettings()).contains("java/pl/bramka/database/EmbeddedDatabaseConfiguration.java: on")
                .allSatisfy(setting -> assertThat(setting).endsWith(": on"));
    }

    private record CommitSetting(String synchronousCommit, boolean hasWritten) {
    }

    private static String synchronousCommitOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show synchronous_commit")) {
            result.next();
            return result.getString(1);
        }
    }

    /**
     * Every value src/main gives synchronous_commit, as "file: value": code, SQL migrations and settings alike, where a
     * SET or a connection option would turn it off.
     */
    private static List<String> synchronousCommitSettings() {
        Path main = Path.of("src/main");
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(file -> SETTING.matcher(contentOf(file)).results()
                            .map(setting -> main.relativize(file) + ": " + setting.group(1).toLowerCase()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentOf(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
