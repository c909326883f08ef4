package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans PostgreSQL picks for the panel's transaction and order queries over 200,000 transactions of one merchant
 * in 20 shops: every query goes through an index, and keyset pages come out of the index already in order. The data
 * is written and analysed inside one database transaction that is rolled back, so the suite's database stays small.
 */
class TransactionQueryPlanTests extends IntegrationTest {

    private static final int ROWS = 200_000;
    private static final Set<String> BIG_TABLES = Set.of("payment", "payment_transaction", "payment_order");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TransactionTemplate inTransaction;

    UUID merchantId;
    List<UUID> shops = new ArrayList<>();

    @Test
    void everyListQueryUsesAnIndexAndKeysetPagesNeedNoSort() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        merchantId = merchant.id();
        for (int i = 0; i < 20; i++) {
            shops.add(fixtures.shopOf(merchant).serviceId());
        }
        inTransaction.executeWithoutResult(status -> {
            seed();
            checkPlans();
            status.setRollbackOnly();
        });
    }

    private void seed() {
        String shopArray = "{" + shops.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}";
        jdbc.sql("""
                insert into payment (id, merchant_id, service_id, source, status, amount, currency, order_id, title,
                    customer_first_name, customer_last_name, customer_email, created_at, modified_at)
                select md5('p' || g)::uuid, ?, (cast(? as uuid[]))[1 + g % 20], 'api',
                       case when g % 10 = 0 then 'rejected' else 'settled' end, 100 + (g * 7919) % 100000, 'PLN',
                       'ORD-' || g, 'Zamówienie ' || g, 'Imię' || (g % 1000), 'Nazwisko' || g,
                       'payer' || g || '@example.com', now() - g * interval '25.92 seconds',
                       now() - g * interval '25.92 seconds'
                from generate_series(1, ?) g""").params(merchantId, shopArray, ROWS).update();
        jdbc.sql("""
                insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount,
                    currency, order_id, title, payment_method, payment_method_code, blik_transaction_id, payer_name,
                    payer_email, commission, created_at, modified_at)
                select md5('t' || g)::uuid, p.id, p.merchant_id, p.service_id, 'sale', p.status, 'api', p.amount,
                       'PLN', p.order_id, p.title, 'blik', 'blik', lpad((g * 37)::text, 12, '0'),
                       p.customer_first_name || ' ' || p.customer_last_name, p.customer_email,
                       case when p.status = 'settled' then 25 end, p.created_at, p.created_at
                from generate_series(1, ?) g join payment p on p.id = md5('p' || g)::uuid""").param(ROWS).update();
        jdbc.sql("""
                insert into payment_order (service_id, order_id, merchant_id, currency, attempts, last_status,
                    settled_amount, first_at, last_at)
                select service_id, order_id, merchant_id, currency, 1, status,
                       case when status = 'settled' then amount else 0 end, created_at, created_at
                from payment_transaction where merchant_id = ?""").param(merchantId).update();
        jdbc.sql("analyze payment").update();
        jdbc.sql("analyze payment_transaction").update();
        jdbc.sql("analyze payment_order").update();
    }

    private void checkPlans() {
        SearchCriteria all = criteria(null, Set.of(), null, null, null, null);
        UUID shop = shops.get(3);
        Instant now = Instant.now();
        PageCursor older = new PageCursor(true, now.minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS),
                UUID.randomUUID().toString());
        PageCursor newer = new PageCursor(false, older.at(), older.key());

        keyset("unfiltered", TransactionSearch.pageQuery(all, null, 51), "payment_transaction_merchant_idx");
        keyset("latest 10", TransactionSearch.pageQuery(all, null, 10), "payment_transaction_merchant_idx");
        keyset("older page", TransactionSearch.pageQuery(all, older, 51), "payment_transaction_merchant_idx");
        keyset("newer page", TransactionSearch.pageQuery(all, newer, 51), "payment_transaction_merchant_idx");
        keyset("by shop", TransactionSearch.pageQuery(criteria(shop, Set.of(), null, null, null, null), null, 51),
                "payment_transaction_service_idx");
        keyset("shop, days and status", TransactionSearch.pageQuery(criteria(shop, Set.of(PanelStatus.COMPLETED),
                now.minus(30, ChronoUnit.DAYS), now.minus(7, ChronoUnit.DAYS), null, null), null, 51),
                "payment_transaction_service_idx");
        keyset("shop, days, status and order number prefix", TransactionSearch.pageQuery(new SearchCriteria(
                merchantId, shop, Set.of(PanelStatus.COMPLETED), null, null, null, now.minus(30, ChronoUnit.DAYS), now,
                null, null, "ORD-1234"), null, 51), "payment_transaction_service_idx");
        keyset("amount range", TransactionSearch.pageQuery(criteria(null, Set.of(), null, null, 10_00L, 500_00L),
                null, 51), "payment_transaction_merchant_idx");

        indexed("order number", search("ORD-123456"), "payment_transaction_search_trgm_idx");
        indexed("transaction id", search(uuid("t", 4242)), "payment_transaction_pkey");
        indexed("payment id", search(uuid("p", 4242)), "payment_transaction_payment_idx");
        indexed("BLIK id", search("000000156954"), "payment_transaction_search_trgm_idx");
        indexed("title", search("Zamówienie 199998"), "payment_transaction_search_trgm_idx");
        indexed("payer name", search("Nazwisko123456"), "payment_transaction_search_trgm_idx");
        indexed("payer e-mail", search("payer123456@"), "payment_transaction_search_trgm_idx");
        indexed("short text", search("77"), "payment_transaction_order_idx");

        keyset("orders", OrderSummaries.pageQuery(merchantId, null, 51), "payment_order_recent_idx");
        keyset("older orders", OrderSummaries.pageQuery(merchantId, new PageCursor(true, older.at(),
                shop + "ORD-100"), 51), "payment_order_recent_idx");
        indexed("an order's attempts", TransactionSearch.orderQuery(merchantId, shop, "ORD-100"),
                "payment_transaction_order_idx");
    }

    private SearchCriteria criteria(UUID shop, Set<PanelStatus> statuses, Instant from, Instant to, Long min,
            Long max) {
        return new SearchCriteria(merchantId, shop, statuses, null, null, null, from, to, min, max, null);
    }

    private TransactionSearch.Query search(String text) {
        return TransactionSearch.pageQuery(new SearchCriteria(merchantId, null, Set.of(), null, null, null, null,
                null, null, null, text), null, 51);
    }

    private String uuid(String prefix, int g) {
        return jdbc.sql("select md5(? || ?)::uuid::text").params(prefix, String.valueOf(g)).query(String.class)
                .single();
    }

    /** Through the index, and in its order: no sort step. */
    private void keyset(String what, TransactionSearch.Query query, String index) {
        List<JsonNode> nodes = indexed(what, query, index);
        assertThat(nodes).as(what + ": sorted instead of read in index order").noneMatch(node ->
                node.path("Node Type").asString().contains("Sort"));
    }

    /** Every big table read through an index, and the expected index among them. */
    private List<JsonNode> indexed(String what, TransactionSearch.Query query, String index) {
        String plan = jdbc.sql("explain (format json) " + query.sql).params(query.params).query(String.class)
                .single();
        List<JsonNode> nodes = new ArrayList<>();
        collect(JSON.readTree(plan).get(0).get("Plan"), nodes);
        assertThat(nodes).as(what + ": " + plan).noneMatch(node -> node.path("Node Type").asString()
                .equals("Seq Scan") && BIG_TABLES.contains(node.path("Relation Name").asString()));
        assertThat(nodes).as(what + ": " + plan).anyMatch(node -> index.equals(node.path("Index Name").asString()));
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.path("Plans").forEach(child -> collect(child, into));
    }
}
