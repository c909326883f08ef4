package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.QueryPlan;
import pl.bramka.user.Role;

/**
 * A merchant's generated reports are read by their index in keyset order, and the cleanup finds expired ones by
 * theirs: checked on 20,000 reports of 100 merchants.
 */
class GeneratedReportQueryPlanTests extends IntegrationTest {

    private UUID merchantId;

    @BeforeEach
    void seed() {
        TestMerchant requester = fixtures.merchantWithAllRoles();
        UUID userId = fixtures.signedIn(requester.email(Role.REPRESENTATIVE)).id();
        jdbc.sql("""
                create temporary table plan_merchant as
                select gen_random_uuid() as id, n from generate_series(1, 100) n;
                insert into merchant (id, public_id, name) select id, 'report-plan-' || n, 'Plan ' || n
                from plan_merchant;
                insert into generated_report (id, merchant_id, requested_by, file_name, content_type, parameters,
                    state, rows_written, expected_rows, bytes, node_id, heartbeat_at, requested_at, started_at,
                    finished_at, expires_at)
                select gen_random_uuid(), m.id, :user, 'plan.csv', 'text/csv', 'format=csv', 'done', 10, 10, 100,
                    'plan-node', now() - days * interval '1 minute', now() - days * interval '1 minute',
                    now() - days * interval '1 minute', now() - days * interval '1 minute',
                    now() - days * interval '1 minute' + interval '7 days'
                from plan_merchant m cross join generate_series(1, 200) days;
                drop table plan_merchant;
                analyze generated_report""").param("user", userId).update();
        merchantId = jdbc.sql("select id from merchant where public_id = 'report-plan-1'").query(UUID.class)
                .single();
    }

    @AfterEach
    void removeSeed() {
        jdbc.sql("""
                delete from generated_report where merchant_id in (select id from merchant
                    where public_id like 'report-plan-%');
                delete from merchant where public_id like 'report-plan-%'""").update();
    }

    @Test
    void aMerchantsReportsAreReadByTheirIndexWithoutSorting() {
        QueryPlan first = QueryPlan.of(jdbc, GeneratedReportRepository.MERCHANT_FIRST_PAGE, merchantId, 51);
        QueryPlan next = QueryPlan.of(jdbc, GeneratedReportRepository.MERCHANT_NEXT_PAGE, merchantId,
                Timestamp.from(Instant.now().minusSeconds(60 * 100)), UUID.randomUUID(), 51);

        for (QueryPlan plan : new QueryPlan[] {first, next}) {
            assertThat(plan.scansSequentially("generated_report")).as("%s", plan).isFalse();
            assertThat(plan.usesIndex("generated_report_merchant_idx")).as("%s", plan).isTrue();
            assertThat(plan.sorts()).as("%s", plan).isFalse();
        }
    }

    @Test
    void theCleanupFindsExpiredReportsByTheirIndex() {
        QueryPlan plan = QueryPlan.of(jdbc, GeneratedReportRepository.LOCK_EXPIRED, Timestamp.from(Instant.now()),
                100);

        assertThat(plan.scansSequentially("generated_report")).as("%s", plan).isFalse();
        assertThat(plan.usesIndex("generated_report_expiry_idx")).as("%s", plan).isTrue();
    }
}
