package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.bramka.IntegrationTest;
import pl.bramka.QueryPlan;

/**
 * The audit page reads one merchant's entries through an index, newest first without sorting, whatever the filter:
 * checked on a log of 200 merchants with 500 entries each by their own users, plus the merchant under test with 2,000
 * entries, every other one by the user the filter picks. The seeded counts outweigh what other tests leave in the
 * table, so the statistics after {@code ANALYZE} describe this log and the plan does not depend on the test order.
 */
class AuditQueryPlanTests extends IntegrationTest {

    private final UUID merchantId = UUID.randomUUID();
    private final UUID actorId = UUID.randomUUID();

    @BeforeEach
    void seedLog() {
        jdbc.sql("""
                insert into audit_entry (merchant_id, seq, occurred_at, actor_id, actor, kind, previous_hash, entry_hash)
                select merchant, seq, now() - seq * interval '10 seconds', case when seq % 2 = 0 then actor end,
                    'a@b.pl', case seq % 3 when 0 then 'SIGN_IN' when 1 then 'IBAN' else 'USER' end, repeat('0', 64),
                    repeat('1', 64)
                from (select gen_random_uuid() as merchant, gen_random_uuid() as actor, 500 as entries
                      from generate_series(1, 200)
                      union all select ?, ?, 2000) merchants
                cross join lateral generate_series(1, merchants.entries) seq""").params(merchantId, actorId).update();
        jdbc.sql("analyze audit_entry").update();
    }

    @AfterEach
    void removeLog() {
        jdbc.sql("delete from audit_entry where previous_hash = repeat('0', 64) and entry_hash = repeat('1', 64)")
                .update();
    }

    @Test
    void everyFilterReadsOneMerchantByAnIndexWithoutSorting() {
        LocalDate today = LocalDate.now();
        for (AuditFilter filter : new AuditFilter[] {
            new AuditFilter(null, null, null, null, null),
            new AuditFilter(null, null, null, null, 300L),
            new AuditFilter(null, AuditKind.IBAN, null, null, 300L),
            new AuditFilter(actorId, null, null, null, null),
            new AuditFilter(null, null, today.minusDays(1), today, null)}) {
            AuditLog.Query query = AuditLog.pageQuery(merchantId, filter, 51);
            QueryPlan plan = QueryPlan.of(jdbc, query.sql(), query.params().toArray());
            assertThat(plan.scansSequentially("audit_entry")).as("%s: %s", filter, plan).isFalse();
            assertThat(plan.sorts()).as("%s: %s", filter, plan).isFalse();
        }
    }
}
