package pl.bramka.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans PostgreSQL picks for the link list over 60,000 links of one merchant, each with a payment: every filter
 * and page goes through the merchant's index and never reads a whole table; a link's page of payments goes through
 * the link's keyset index. The data is written and analysed in one database transaction that is rolled back.
 */
class LinkQueryPlanTests extends IntegrationTest {

    private static final int LINKS = 60_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TransactionTemplate inTransaction;

    @Test
    void everyListQueryUsesTheMerchantsIndex() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = fixtures.shopOf(merchant).serviceId();
        inTransaction.executeWithoutResult(status -> {
            seed(merchant.id(), serviceId);
            Instant now = Instant.now();
            LinkCursor cursor = new LinkCursor(true, now.minusSeconds(3_600), UUID.randomUUID());
            List<LinkCriteria> filters = List.of(
                    new LinkCriteria(merchant.id(), null, null, null, null),
                    new LinkCriteria(merchant.id(), serviceId, LinkKind.ONE_TIME, null, null),
                    new LinkCriteria(merchant.id(), null, null, LinkState.PAID, null),
                    new LinkCriteria(merchant.id(), null, null, null, "zam/12"));
            for (LinkCriteria filter : filters) {
                for (LinkCursor from : new LinkCursor[] {null, cursor}) {
                    List<String[]> plan = explain(LinkRepository.listQuery(filter, from, 51, now));
                    assertThat(plan).as(filter + " " + from).anyMatch(node -> node[2].equals(
                            "payment_link_merchant_idx"));
                    assertThat(plan).as(filter + " " + from).noneMatch(node -> node[0].equals("Seq Scan")
                            && List.of("payment_link", "payment_link_payment", "payment").contains(node[1]));
                }
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void aLinksPaymentsArePagedAlongTheLinksKeysetIndex() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = fixtures.shopOf(merchant).serviceId();
        inTransaction.executeWithoutResult(status -> {
            seed(merchant.id(), serviceId);
            UUID linkId = jdbc.sql("select md5('link' || 1)::uuid").query(UUID.class).single();
            jdbc.sql("""
                    insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id,
                        title, created_at, modified_at)
                    select md5('more-payment' || g)::uuid, ?, ?, 'web', 'settled', 1000, 'PLN', 'ZAM/1', 'Link 1',
                        now() - g * interval '1 second', now()
                    from generate_series(1, 5000) g""").params(merchant.id(), serviceId).update();
            jdbc.sql("""
                    insert into payment_link_payment (payment_id, link_id, created_at)
                    select md5('more-payment' || g)::uuid, ?, now() - g * interval '1 second'
                    from generate_series(1, 5000) g""").param(linkId).update();
            jdbc.sql("analyze payment_link_payment").update();
            LinkCursor older = new LinkCursor(true, Instant.now().minusSeconds(2_000), UUID.randomUUID());
            for (LinkCursor from : new LinkCursor[] {null, older}) {
                List<String[]> plan = explain(LinkRepository.paymentsQuery(merchant.id(), linkId, from, 51));
                assertThat(plan).as(String.valueOf(from)).anyMatch(node -> node[2].equals(
                        "payment_link_payment_keyset_idx"));
                assertThat(plan).as(String.valueOf(from)).noneMatch(node -> node[0].equals("Seq Scan")
                        && List.of("payment_link_payment", "payment", "payment_transaction").contains(node[1]));
            }
            status.setRollbackOnly();
        });
    }

    private void seed(UUID merchantId, UUID serviceId) {
        jdbc.sql("""
                insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id, title,
                    created_at, modified_at)
                select md5('link-payment' || g)::uuid, ?, ?, 'web', case when g % 3 = 0 then 'settled' else 'new' end,
                    1000 + g, 'PLN', 'ZAM/' || g, 'Link ' || g, now() - g * interval '1 minute', now()
                from generate_series(1, ?) g""").params(merchantId, serviceId, LINKS).update();
        jdbc.sql("""
                insert into payment_link (id, merchant_id, service_id, kind, code, title, currency, amount, order_id,
                    created_by, created_at)
                select md5('link' || g)::uuid, ?, ?, 'one_time', substr(md5('code' || g), 1, 16), 'Link ' || g, 'PLN',
                    1000 + g, 'ZAM/' || g, 'Anna Nowak', now() - g * interval '1 minute'
                from generate_series(1, ?) g""").params(merchantId, serviceId, LINKS).update();
        jdbc.sql("""
                insert into payment_link_payment (payment_id, link_id, created_at)
                select md5('link-payment' || g)::uuid, md5('link' || g)::uuid, now() - g * interval '1 minute'
                from generate_series(1, ?) g""").param(LINKS).update();
        jdbc.sql("analyze payment").update();
        jdbc.sql("analyze payment_link").update();
        jdbc.sql("analyze payment_link_payment").update();
    }

    /** The plan's nodes as {type, relation, index}. */
    private List<String[]> explain(LinkRepository.ListQuery query) {
        String explained = jdbc.sql("explain (format json) " + query.sql()).params(query.parameters())
                .query(String.class).single();
        List<String[]> nodes = new ArrayList<>();
        collect(JSON.readTree(explained).get(0).get("Plan"), nodes);
        return nodes;
    }

    private static void collect(JsonNode plan, List<String[]> nodes) {
        nodes.add(new String[] {plan.path("Node Type").asString(""), plan.path("Relation Name").asString(""),
                plan.path("Index Name").asString("")});
        plan.path("Plans").forEach(child -> collect(child, nodes));
    }
}
