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
 * checked on a log of 200 merchants with 500 entries each, plus the merchant under test.
 */
class AuditQueryPlanTests extends IntegrationTest {

    private final UUID merchantId = UUID.randomUUID();
    private final UUID actorId = UUID.randomUUID();

    @BeforeEach
    void seedLog() {
        jdbc.sql("""
                insert into audit_entry (merchant_id, seq, occurred_at, actor_id, actor, kind, previous_hash, entry_hash)
                select merchant, seq, now() - seq * interval '1 minute', case when seq % 7 = 0 then ? end, 'a@b.pl',
                    case seq % 3 when 0 then 'SIGN_IN' when 1 then 'IBAN' else 'USER' end, repeat('0', 64), repeat('1', 64)
                from (select gen_random_uuid() as merchant from generate_series(1, 200) union all select ?) merchants
                cross join generate_series(1, 500) seq""").params(actorId, merchantId).update();
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
