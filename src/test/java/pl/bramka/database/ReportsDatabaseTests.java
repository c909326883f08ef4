package pl.bramka.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;

/** Without {@code bramka.reports.datasource.url} reports read the primary, in read-only transactions. */
class ReportsDatabaseTests extends IntegrationTest {

    @Autowired
    ReportsDatabase reports;

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
}
