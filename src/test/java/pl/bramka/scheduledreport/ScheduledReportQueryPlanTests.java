package pl.bramka.scheduledreport;

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
 * A merchant's schedules and a schedule's runs (both pages of their keyset) are read by their indexes, and the
 * runner finds due schedules and expired files by theirs: checked on 10,000 schedules of 100 merchants and 73,000
 * runs (two daily schedules of a year each for every merchant).
 */
class ScheduledReportQueryPlanTests extends IntegrationTest {

    private UUID merchantId;
    private UUID scheduleId;

    @BeforeEach
    void seed() {
        TestMerchant owner = fixtures.merchantWithAllRoles();
        UUID userId = fixtures.signedIn(owner.email(Role.REPRESENTATIVE)).id();
        jdbc.sql("""
                create temporary table plan_merchant as
                select gen_random_uuid() as id, n from generate_series(1, 100) n;
                insert into merchant (id, public_id, name) select id, 'scheduled-plan-' || n, 'Plan ' || n
                from plan_merchant;
                insert into scheduled_report (id, merchant_id, name, report_type, frequency, run_at, period,
                    recipients, owner_id, paused, next_run_at, created_at, updated_at)
                select gen_random_uuid(), m.id, 'Plan ' || k, 'TRANSACTIONS_CSV', 'DAILY', '06:00', 'DAY',
                    'plan@example.com', :user, k % 10 = 0, now() + k * interval '1 hour',
                    now() - k * interval '1 minute', now()
                from plan_merchant m cross join generate_series(1, 100) k;
                insert into scheduled_report_run (id, schedule_id, merchant_id, manual, due_at, period_first,
                    period_last, status, next_attempt_at, recipients, created_at, content, file_expires_at)
                select gen_random_uuid(), s.id, s.merchant_id, false, now() - d * interval '1 day',
                    current_date - d, current_date - d, 'DONE', now() - d * interval '1 day', 'plan@example.com',
                    now() - d * interval '1 day', case when d <= 31 then 'x'::bytea end,
                    now() + (30 - d) * interval '1 day'
                from (select id, merchant_id from scheduled_report where name in ('Plan 1', 'Plan 2')) s
                cross join generate_series(1, 365) d;
                drop table plan_merchant;
                analyze scheduled_report;
                analyze scheduled_report_run""").param("user", userId).update();
        merchantId = jdbc.sql("select id from merchant where public_id = 'scheduled-plan-1'").query(UUID.class)
                .single();
        scheduleId = jdbc.sql("select id from scheduled_report where merchant_id = ? and name = 'Plan 1'")
                .param(merchantId).query(UUID.class).single();
    }

    @AfterEach
    void removeSeed() {
        jdbc.sql("""
                delete from scheduled_report where merchant_id in (select id from merchant
                    where public_id like 'scheduled-plan-%');
                delete from merchant where public_id like 'scheduled-plan-%'""").update();
    }

    @Test
    void aMerchantsSchedulesAndAScheduleRunsAreReadByTheirIndexes() {
        QueryPlan first = QueryPlan.of(jdbc, ScheduledReports.MERCHANT_FIRST_PAGE, merchantId, 51);
        QueryPlan next = QueryPlan.of(jdbc, ScheduledReports.MERCHANT_NEXT_PAGE, merchantId,
                Timestamp.from(Instant.now().minusSeconds(60 * 50)), scheduleId, 51);
        QueryPlan history = QueryPlan.of(jdbc, ScheduledReports.HISTORY_FIRST_PAGE, scheduleId, merchantId, 51);
        QueryPlan older = QueryPlan.of(jdbc, ScheduledReports.HISTORY_NEXT_PAGE, scheduleId, merchantId,
                Timestamp.from(Instant.now().minusSeconds(86_400 * 200)), UUID.randomUUID(), 51);
        // A merchant has tens of schedules, not thousands: the planner may sort the few its index finds.
        for (QueryPlan plan : new QueryPlan[] {first, next}) {
            assertThat(plan.usesIndex("scheduled_report_merchant_idx")).as(plan.toString()).isTrue();
            assertThat(plan.scansSequentially("scheduled_report")).as(plan.toString()).isFalse();
        }
        // A schedule has one run a day, a few thousand in years: the planner may sort those its index finds.
        for (QueryPlan plan : new QueryPlan[] {history, older}) {
            assertThat(plan.usesIndex("scheduled_report_run_history_idx")).as(plan.toString()).isTrue();
            assertThat(plan.scansSequentially("scheduled_report_run")).as(plan.toString()).isFalse();
        }
    }

    @Test
    void theRunnerFindsDueSchedulesAndExpiredFilesByTheirIndexes() {
        QueryPlan due = QueryPlan.of(jdbc, "select id from scheduled_report where not paused and next_run_at <= ? "
                + "order by next_run_at limit 50", Timestamp.from(Instant.now()));
        QueryPlan expired = QueryPlan.of(jdbc, "select id from scheduled_report_run where content is not null "
                + "and file_expires_at <= ?", Timestamp.from(Instant.now()));
        assertThat(due.usesIndex("scheduled_report_due_idx")).as(due.toString()).isTrue();
        assertThat(expired.usesIndex("scheduled_report_run_expiry_idx")).as(expired.toString()).isTrue();
    }
}
