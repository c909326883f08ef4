package pl.bramka.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;

/**
 * Without {@code bramka.reports.datasource.url} reports read the primary, in read-only transactions; with a replica
 * that does not answer they read the primary too.
 */
class ReportsDatabaseTests extends IntegrationTest {

    @Autowired
    ReportsDatabase reports;

    @Autowired
    DataSource primary;

    @Autowired
    PlatformTransactionManager primaryTransactions;

    @Test
    void withoutAReplicaReportsReadWhatThePrimaryHasJustCommitted() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();

        long found = reports.read(reader -> reader.jdbc().sql("select count(*) from merchant where id = ?")
                .param(merchant.id()).query(Long.class).single());

        assertThat(found).isOne();
    }

    @Test
    void aReportsReadCannotWrite() {
        assertThatThrownBy(() -> reports.read(reader -> reader.jdbc()
                .sql("insert into merchant (id, public_id, name) values (gen_random_uuid(), 'written', 'Written')")
                .update())).hasMessageContaining("read-only");
    }

    @Test
    void aReplicaThatDoesNotAnswerLeavesReportsToThePrimary() throws IOException {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        try (HikariDataSource unreachable = new HikariDataSource()) {
            unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/bramka");
            unreachable.setConnectionTimeout(1_000);
            unreachable.setInitializationFailTimeout(-1);
            ReportsDatabase withReplica = ReportsDatabase.withReplica(primary, primaryTransactions, unreachable,
                    new DataSourceTransactionManager(unreachable), Duration.ofSeconds(1));

            long found = withReplica.read(reader -> reader.jdbc().sql("select count(*) from merchant where id = ?")
                    .param(merchant.id()).query(Long.class).single());

            assertThat(found).isOne();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
