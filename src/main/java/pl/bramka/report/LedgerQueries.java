package pl.bramka.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.TransactionStatus;

/**
 * The SQL of the {@link Ledger}'s bookings: the union of the branches a report's operations ask for, the ordered
 * streams of transactions and payouts, and the list's page. Each query starts from an index that begins with the
 * merchant ({@code V2026120800__report_bookings.sql}); ReportQueryPlanTests checks the plans.
 */
final class LedgerQueries {

    private static final String COLUMNS = "booked_at, reference, kind_order, service_id, order_id, title, amount, "
            + "commission, currency, status, method, payer, payout_id, payout_date, iban";

    /**
     * The payout that holds a transaction, if made by the snapshot: looked up per row by the unique index of items by
     * transaction, so no other merchant's items or payouts are read. A transaction has one item at most; the limit
     * keeps the planner from turning the lookup into a join of the whole tables.
     */
    private static final String PAYOUT_OF_TRANSACTION = """

                    left join lateral (
                        select po.id as payout_id, po.period as payout_date
                        from payout_item pi join payout po on po.id = pi.payout_id
                        where pi.transaction_id = t.id and po.created_at <= ? limit 1) paid on true
                    """;

    /** The same columns when the payout is not needed. */
    private static final String NO_PAYOUT = """

                    cross join lateral (select cast(null as uuid) as payout_id, cast(null as date) as payout_date) paid
                    """;

    /** A sale whose commission is booked. */
    private static final String SETTLED_WITH_COMMISSION =
            "t.type = 'sale' and t.status = 'settled' and t.commission > 0";

    private LedgerQueries() {
    }

    /**
     * The transactions of the streamed bookings, one row per transaction in the order of the index: {@code listed}
     * when it is a sale or refund the report shows, {@code commissioned} when the report shows its commission too.
     * Empty (null) when the report shows neither.
     */
    static @Nullable Query transactionStreamQuery(ReportCriteria criteria) {
        String listed = listedTransactions(criteria);
        String commissioned = commissionedTransactions(criteria);
        if (listed == null && commissioned == null) {
            return null;
        }
        String isListed = listed == null ? "false" : listed;
        String isCommissioned = commissioned == null ? "false" : commissioned;
        Query query = new Query();
        query.add("select t.modified_at as booked_at, t.id as reference, t.type, t.service_id, t.order_id, t.title, "
                + "t.amount, t.commission, t.currency, t.status, t.payment_method as method, t.payer_name as payer, "
                + "paid.payout_id, paid.payout_date, " + isListed + " as listed, " + isCommissioned
                + " as commissioned from payment_transaction t" + PAYOUT_OF_TRANSACTION,
                Timestamp.from(criteria.asOf()));
        query.add(" where (" + isListed + " or " + isCommissioned + ")");
        transactionFilters(query, criteria, List.of());
        query.add(" order by t.modified_at, t.id");
        return query;
    }

    /** The payouts sent and returned in the range, in booking order; null when the report shows none. */
    static @Nullable Query payoutStreamQuery(ReportCriteria criteria) {
        if (!criteria.operations().contains(Operation.PAID_OUT)) {
            return null;
        }
        Query query = new Query();
        payouts(query, criteria, "sent_at", 3, "-p.amount", "sent");
        payouts(query, criteria, "returned_at", 4, "p.amount", "returned");
        query.sql.insert(0, "select " + COLUMNS + " from (").append(") b order by booked_at, reference, kind_order");
        return query;
    }

    /** The page query as it runs, so its plan can be checked. */
    static Query pageQuery(ReportCriteria criteria, @Nullable BookingCursor after, int limit) {
        Query query = bookings(criteria, true);
        query.sql.insert(0, "select " + COLUMNS + " from (").append(") b");
        if (after != null) {
            query.add(" where (booked_at, reference, kind_order) < (?, ?, ?)", Timestamp.from(after.bookedAt()),
                    after.reference(), after.kindOrder());
        }
        query.add(" order by booked_at desc, reference desc, kind_order desc limit ?", limit);
        return query;
    }

    /** The condition of a sale or refund the report lists, its values written in (they come from enums); or null. */
    private static @Nullable String listedTransactions(ReportCriteria criteria) {
        List<String> types = transactionTypes(criteria);
        if (types.isEmpty()) {
            return null;
        }
        List<String> statuses = statuses(criteria);
        return "(t.type in (" + types.stream().map(type -> "'" + type + "'").collect(Collectors.joining(", ")) + ")"
                + (statuses.isEmpty() ? "" : " and t.status in (" + statuses.stream()
                        .map(status -> "'" + status + "'").collect(Collectors.joining(", ")) + ")") + ")";
    }

    /** The condition of a transaction whose commission the report lists; or null. */
    private static @Nullable String commissionedTransactions(ReportCriteria criteria) {
        return criteria.operations().contains(Operation.COMMISSION) && includesCompleted(criteria)
                ? "(" + SETTLED_WITH_COMMISSION + ")" : null;
    }

    /** The transaction types of the sales and refunds the report lists. */
    private static List<String> transactionTypes(ReportCriteria criteria) {
        List<String> types = new ArrayList<>();
        if (criteria.operations().contains(Operation.SALE)) {
            types.add("sale");
        }
        if (criteria.operations().contains(Operation.REFUND)) {
            types.add("refund");
        }
        return types;
    }

    /**
     * The union of the branches the operations ask for, each within the merchant, the range and the snapshot; with
     * the payout that holds each transaction only when asked, as the sums and counts need none.
     */
    static Query bookings(ReportCriteria criteria, boolean withPayouts) {
        Query query = new Query();
        String payoutOfTransaction = withPayouts ? PAYOUT_OF_TRANSACTION : NO_PAYOUT;
        List<String> types = transactionTypes(criteria);
        if (!types.isEmpty()) {
            query.union();
            query.add("""
                    select t.modified_at as booked_at, t.id as reference,
                        case when t.type = 'sale' then 0 else 1 end as kind_order, t.service_id, t.order_id, t.title,
                        case when t.type = 'sale' then t.amount else -t.amount end as amount,
                        case when t.type = 'sale' and t.status = 'settled' then -coalesce(t.commission, 0) else 0 end
                            as commission,
                        t.currency, t.status, t.payment_method as method, t.payer_name as payer,
                        paid.payout_id, paid.payout_date, cast(null as varchar) as iban
                    from payment_transaction t"""
                    + payoutOfTransaction + """
                    where t.type = any(cast(? as text[]))""");
            if (withPayouts) {
                query.params.add(Timestamp.from(criteria.asOf()));
            }
            query.params.add("{" + String.join(",", types) + "}");
            transactionFilters(query, criteria, statuses(criteria));
        }
        if (commissionedTransactions(criteria) != null) {
            query.union();
            query.add("""
                    select t.modified_at as booked_at, t.id as reference, 2 as kind_order, t.service_id, t.order_id,
                        t.title, -t.commission as amount, cast(0 as bigint) as commission, t.currency, t.status,
                        t.payment_method as method, t.payer_name as payer, paid.payout_id, paid.payout_date,
                        cast(null as varchar) as iban
                    from payment_transaction t"""
                    + payoutOfTransaction + " where " + SETTLED_WITH_COMMISSION);
            if (withPayouts) {
                query.params.add(Timestamp.from(criteria.asOf()));
            }
            transactionFilters(query, criteria, List.of());
        }
        if (criteria.operations().contains(Operation.PAID_OUT)) {
            payouts(query, criteria, "sent_at", 3, "-p.amount", "sent");
            payouts(query, criteria, "returned_at", 4, "p.amount", "returned");
        }
        if (query.sql.isEmpty()) {
            // Nothing can match (e.g. only commissions of rejected sales): an empty relation of the same shape.
            query.add("select cast(null as timestamptz) as booked_at, cast(null as uuid) as reference, "
                    + "0 as kind_order, cast(null as uuid) as service_id, cast(null as varchar) as order_id, "
                    + "'' as title, cast(0 as bigint) as amount, cast(0 as bigint) as commission, '' as currency, "
                    + "'' as status, cast(null as varchar) as method, cast(null as varchar) as payer, "
                    + "cast(null as uuid) as payout_id, cast(null as date) as payout_date, "
                    + "cast(null as varchar) as iban where false");
        }
        return query;
    }

    private static void transactionFilters(Query query, ReportCriteria criteria, List<String> statuses) {
        query.add(" and t.merchant_id = ? and t.modified_at >= ? and t.modified_at < ? and t.modified_at <= ?",
                criteria.merchantId(), Timestamp.from(criteria.days().start()), Timestamp.from(criteria.days().end()),
                Timestamp.from(criteria.asOf()));
        if (!statuses.isEmpty()) {
            query.add(" and t.status = any(cast(? as text[]))", "{" + String.join(",", statuses) + "}");
        }
        if (!criteria.methods().isEmpty()) {
            query.add(" and t.payment_method = any(cast(? as text[]))",
                    "{" + criteria.methods().stream().sorted().collect(Collectors.joining(",")) + "}");
        }
        shopAndCurrency(query, criteria, "t");
    }

    private static void payouts(Query query, ReportCriteria criteria, String column, int kindOrder, String amount,
            String status) {
        query.union();
        query.add("select p." + column + " as booked_at, p.id as reference, " + kindOrder + " as kind_order, "
                + "p.service_id, cast(null as varchar) as order_id, '' as title, " + amount + " as amount, "
                + "cast(0 as bigint) as commission, p.currency, '" + status + "' as status, "
                + "cast(null as varchar) as method, cast(null as varchar) as payer, p.id as payout_id, "
                + "p.period as payout_date, p.iban from payout p where p.merchant_id = ? and p." + column
                + " >= ? and p." + column + " < ? and p." + column + " <= ?", criteria.merchantId(),
                Timestamp.from(criteria.days().start()), Timestamp.from(criteria.days().end()),
                Timestamp.from(criteria.asOf()));
        shopAndCurrency(query, criteria, "p");
    }

    private static void shopAndCurrency(Query query, ReportCriteria criteria, String alias) {
        if (!criteria.shops().isEmpty()) {
            query.add(" and " + alias + ".service_id = any(cast(? as uuid[]))", "{" + criteria.shops().stream()
                    .map(UUID::toString).sorted().collect(Collectors.joining(",")) + "}");
        }
        if (criteria.currency() != null) {
            query.add(" and " + alias + ".currency = ?", criteria.currency());
        }
    }

    /** The wire statuses of the chosen panel statuses; empty for all. */
    private static List<String> statuses(ReportCriteria criteria) {
        return criteria.statuses().stream().flatMap(status -> status.statuses().stream())
                .map(TransactionStatus::wire).sorted().toList();
    }

    private static boolean includesCompleted(ReportCriteria criteria) {
        return criteria.statuses().isEmpty() || criteria.statuses().contains(PanelStatus.COMPLETED);
    }

    /** A statement with its parameters in order. */
    static final class Query {

        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        void union() {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
        }

        void add(String part, Object... values) {
            sql.append(part);
            params.addAll(List.of(values));
        }
    }
}
