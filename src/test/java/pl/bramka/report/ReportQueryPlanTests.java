package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.IntegrationTest;
import pl.bramka.QueryPlan;
import pl.bramka.payment.PanelStatus;
import pl.bramka.report.LedgerQueries.Query;
import pl.bramka.shared.DayRange;

/**
 * The report reads one merchant's bookings of a range by the indexes that start with the merchant, never the whole
 * tables: checked on 100 merchants with 300 settled sales and 30 sent payouts each.
 */
class ReportQueryPlanTests extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    private UUID merchantId;

    @BeforeEach
    void seed() {
        jdbc.sql("""
                create temporary table plan_merchant as
                select gen_random_uuid() as id, gen_random_uuid() as service_id, n from generate_series(1, 100) n;
                insert into merchant (id, public_id, name) select id, 'rplan-' || n, 'Plan ' || n from plan_merchant;
                insert into shop (service_id, merchant_id, name, website, status)
                select service_id, id, 'Plan', 'https://plan.example.com', 'ACTIVE' from plan_merchant;
                insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id,
                    created_at, modified_at)
                select gen_random_uuid(), m.id, m.service_id, 'web', 'settled', 1000, 'PLN', 'ZAM/' || h,
                    now() - h * interval '2 hours', now() - h * interval '2 hours'
                from plan_merchant m cross join generate_series(1, 300) h;
                insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source,
                    amount, currency, order_id, payment_method, payment_method_code, commission, created_at,
                    modified_at)
                select gen_random_uuid(), p.id, p.merchant_id, p.service_id, 'sale', 'settled', 'web', 1000, 'PLN',
                    p.order_id, 'blik', 'blik', 38, p.created_at, p.modified_at
                from payment p join plan_merchant m on m.id = p.merchant_id;
                insert into payout (id, merchant_id, service_id, currency, period, status, sales_amount,
                    refunds_amount, commission, carried_amount, amount, iban, created_at, sent_at)
                select gen_random_uuid(), m.id, m.service_id, 'PLN', current_date - days, 'sent', 10000, 0, 100, 0,
                    9900, 'PL61109010140000071219812874', now() - days * interval '1 day',
                    now() - days * interval '1 day'
                from plan_merchant m cross join generate_series(1, 30) days;
                insert into payout_item (payout_id, merchant_id, service_id, currency, kind, transaction_id, amount,
                    commission, occurred_at)
                select (select p.id from payout p where p.merchant_id = t.merchant_id
                        and p.period = cast(t.modified_at as date)), t.merchant_id, t.service_id, 'PLN', 'sale', t.id,
                    t.amount, t.commission, t.modified_at
                from payment_transaction t join plan_merchant m on m.id = t.merchant_id;
                drop table plan_merchant;
                analyze payment_transaction;
                analyze payout_item;
                analyze payout""").update();
        merchantId = jdbc.sql("select id from merchant where public_id = 'rplan-1'").query(UUID.class).single();
    }

    @AfterEach
    void removeSeed() {
        jdbc.sql("""
                delete from payout_item where merchant_id in (select id from merchant where public_id like 'rplan-%');
                delete from payment_transaction where merchant_id in (select id from merchant
                    where public_id like 'rplan-%');
                delete from payment where merchant_id in (select id from merchant where public_id like 'rplan-%');
                delete from payout where merchant_id in (select id from merchant where public_id like 'rplan-%');
                delete from shop where merchant_id in (select id from merchant where public_id like 'rplan-%');
                delete from merchant where public_id like 'rplan-%'""").update();
    }

    @Test
    void aMerchantsBookingsAreStreamedAndPagedByTheirIndexes() {
        LocalDate today = LocalDate.now(DayRange.WARSAW);
        ReportCriteria everything = new ReportCriteria(merchantId, new DayRange(today.minusDays(20), today),
                Instant.now(), Set.of(), EnumSet.allOf(Operation.class), Set.of(), Set.of(), null);
        ReportCriteria filtered = new ReportCriteria(merchantId, new DayRange(today.minusDays(20), today),
                Instant.now(), Set.of(UUID.randomUUID()), EnumSet.of(Operation.SALE, Operation.PAID_OUT),
                Set.of(PanelStatus.COMPLETED), Set.of("blik"), "PLN");

        for (ReportCriteria criteria : new ReportCriteria[] {everything, filtered}) {
            for (Query query : new Query[] {LedgerQueries.transactionStreamQuery(criteria),
                LedgerQueries.payoutStreamQuery(criteria), LedgerQueries.pageQuery(criteria, null, 51),
                LedgerQueries.pageQuery(criteria,
                        new BookingCursor(Instant.now().minusSeconds(3600), UUID.randomUUID(), 0), 51)}) {
                QueryPlan plan = QueryPlan.of(jdbc, query.sql.toString(), query.params.toArray());
                assertThat(plan.scansSequentially("payment_transaction")).as("%s", plan).isFalse();
                assertThat(plan.scansSequentially("payout")).as("%s", plan).isFalse();
                assertThat(plan.scansSequentially("payout_item")).as("%s", plan).isFalse();
            }
            QueryPlan transactions = streamingPlan(LedgerQueries.transactionStreamQuery(criteria));
            assertThat(transactions.sorts()).as("the first row comes without sorting the range: %s", transactions)
                    .isFalse();
            if (criteria == everything) {
                assertThat(transactions.usesIndex("payment_transaction_booked_idx")).as("%s", transactions).isTrue();
                QueryPlan payouts = streamingPlan(LedgerQueries.payoutStreamQuery(criteria));
                assertThat(payouts.usesIndex("payout_sent_idx")).as("%s", payouts).isTrue();
            }
        }
    }

    /** The plan as the report streams it: in its own transaction with its settings. */
    private QueryPlan streamingPlan(Query query) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql(Ledger.STREAM_WITHOUT_SORTING).update();
            return QueryPlan.of(jdbc, query.sql.toString(), query.params.toArray());
        });
    }
}
