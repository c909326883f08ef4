package pl.bramka.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.bramka.IntegrationTest;
import pl.bramka.QueryPlan;
import pl.bramka.shared.DayRange;

/**
 * The panel reads one merchant's payouts and one payout's items by their indexes, never the whole tables: checked on
 * 200 days of daily payouts of 100 merchants, each with its items.
 */
class PayoutQueryPlanTests extends IntegrationTest {

    private UUID merchantId;
    private UUID payoutId;

    @BeforeEach
    void seed() {
        jdbc.sql("""
                create temporary table plan_merchant as
                select gen_random_uuid() as id, gen_random_uuid() as service_id, n from generate_series(1, 100) n;
                insert into merchant (id, public_id, name) select id, 'plan-' || n, 'Plan ' || n from plan_merchant;
                insert into shop (service_id, merchant_id, name, website, status)
                select service_id, id, 'Plan', 'https://plan.example.com', 'ACTIVE' from plan_merchant;
                insert into payout (id, merchant_id, service_id, currency, period, status, sales_amount, refunds_amount,
                    commission, carried_amount, amount, iban, created_at)
                select gen_random_uuid(), m.id, m.service_id, 'PLN', current_date - days, 'sent', 10000, 0, 100, 0,
                    9900, 'PL61109010140000071219812874', now()
                from plan_merchant m cross join generate_series(1, 200) days;
                insert into payout_item (payout_id, merchant_id, service_id, currency, kind, transaction_id, amount,
                    commission, occurred_at)
                select p.id, p.merchant_id, p.service_id, 'PLN', 'sale', gen_random_uuid(), 2000, 20, now()
                from payout p join plan_merchant m on m.id = p.merchant_id cross join generate_series(1, 2);
                drop table plan_merchant;
                analyze payout;
                analyze payout_item""").update();
        merchantId = jdbc.sql("select id from merchant where public_id = 'plan-1'").query(UUID.class).single();
        payoutId = jdbc.sql("select id from payout where merchant_id = ? limit 1").param(merchantId)
                .query(UUID.class).single();
    }

    @AfterEach
    void removeSeed() {
        jdbc.sql("""
                delete from payout_item where service_id in (select service_id from shop s join merchant m
                    on m.id = s.merchant_id where m.public_id like 'plan-%');
                delete from payout where merchant_id in (select id from merchant where public_id like 'plan-%');
                delete from shop where merchant_id in (select id from merchant where public_id like 'plan-%');
                delete from merchant where public_id like 'plan-%'""").update();
    }

    @Test
    void aMerchantsPayoutsAreReadByTheirIndexWithoutSorting() {
        QueryPlan first = QueryPlan.of(jdbc, PayoutRepository.MERCHANT_FIRST_PAGE, merchantId, 51);
        QueryPlan next = QueryPlan.of(jdbc, PayoutRepository.MERCHANT_NEXT_PAGE, merchantId,
                Date.valueOf(LocalDate.now(DayRange.WARSAW).minusDays(100)), UUID.randomUUID(), 51);

        for (QueryPlan plan : new QueryPlan[] {first, next}) {
            assertThat(plan.scansSequentially("payout")).as("%s", plan).isFalse();
            assertThat(plan.usesIndex("payout_merchant_idx")).as("%s", plan).isTrue();
            assertThat(plan.sorts()).as("%s", plan).isFalse();
        }
    }

    @Test
    void aPayoutsItemsAreReadByTheirIndex() {
        QueryPlan plan = QueryPlan.of(jdbc, PayoutRepository.ITEMS_PAGE, payoutId, 0L, 101);

        assertThat(plan.scansSequentially("payout_item")).as("%s", plan).isFalse();
        assertThat(plan.usesIndex("payout_item_payout_idx")).as("%s", plan).isTrue();
    }
}
