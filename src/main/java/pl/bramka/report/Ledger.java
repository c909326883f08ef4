package pl.bramka.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.report.StatementEntry.Kind;

/**
 * The bookings of a merchant in booking order, from one query over transactions and payouts. It reads the payment
 * and payout tables directly (read only): a report has to stream millions of rows of both in one order, which no
 * call per row into those modules could do. Every branch is an ordered scan of an index that starts with the
 * merchant ({@code V2026120800__report_bookings.sql}); ReportQueryPlanTests checks the plans.
 */
@Repository
class Ledger {

    /** Rows fetched per round trip while streaming; PostgreSQL streams only inside a transaction. */
    static final int FETCH_SIZE = 1000;

    private static final String COLUMNS = "booked_at, reference, kind_order, service_id, order_id, title, amount, "
            + "commission, currency, status, method, payer, payout_id, payout_date, iban";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    Ledger(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Every booking of the criteria, oldest first, handed over one by one as it arrives from the database. */
    void stream(ReportCriteria criteria, Consumer<Booking> consumer) {
        Query query = bookings(criteria);
        query.sql.insert(0, "select " + COLUMNS + " from (").append(") b order by booked_at, reference, kind_order");
        readOnly.executeWithoutResult(status -> jdbc.sql(query.sql.toString()).params(query.params)
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    consumer.accept(booking(rs));
                }));
    }

    /** One page of the list, newest first, after the cursor; {@code limit} rows at most. */
    List<Booking> page(ReportCriteria criteria, @Nullable BookingCursor after, int limit) {
        Query query = pageQuery(criteria, after, limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, row) -> booking(rs)).list();
    }

    /** Per currency: the rows, and the sums of amount and commission of the filtered bookings. */
    List<CurrencyTotal> totals(ReportCriteria criteria) {
        Query query = bookings(criteria);
        query.sql.insert(0, "select currency, count(*) as row_count, sum(amount) as amount, "
                + "sum(commission) as commission from (").append(") b group by currency order by currency");
        return jdbc.sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> new CurrencyTotal(rs.getString("currency"), rs.getLong("row_count"),
                        rs.getLong("amount"), rs.getLong("commission")))
                .list();
    }

    /** How many rows the report has, to decide whether it is written in the background. */
    long count(ReportCriteria criteria) {
        Query query = bookings(criteria);
        query.sql.insert(0, "select count(*) from (").append(") b");
        return jdbc.sql(query.sql.toString()).params(query.params).query(Long.class).single();
    }

    /** The shop accounts and currencies the bookings are in, each with the sum of its amounts, in a stable order. */
    List<Account> accounts(ReportCriteria criteria) {
        Query query = bookings(criteria);
        query.sql.insert(0, "select service_id, currency, sum(amount) as amount from (")
                .append(") b group by service_id, currency order by service_id, currency");
        return jdbc.sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> new Account(rs.getObject("service_id", UUID.class), rs.getString("currency"),
                        rs.getLong("amount")))
                .list();
    }

    /** The sum of the amounts of the bookings: what they add to the balance. */
    long sum(ReportCriteria criteria) {
        Query query = bookings(criteria);
        query.sql.insert(0, "select coalesce(sum(amount), 0) from (").append(") b");
        return jdbc.sql(query.sql.toString()).params(query.params).query(Long.class).single();
    }

    /** The page query as it runs, so its plan can be checked. */
    static Query pageQuery(ReportCriteria criteria, @Nullable BookingCursor after, int limit) {
        Query query = bookings(criteria);
        query.sql.insert(0, "select " + COLUMNS + " from (").append(") b");
        if (after != null) {
            query.add(" where (booked_at, reference, kind_order) < (?, ?, ?)", Timestamp.from(after.bookedAt()),
                    after.reference(), after.kindOrder());
        }
        query.add(" order by booked_at desc, reference desc, kind_order desc limit ?", limit);
        return query;
    }

    /** The union of the branches the operations ask for, each within the merchant, the range and the snapshot. */
    static Query bookings(ReportCriteria criteria) {
        Query query = new Query();
        List<String> types = new ArrayList<>();
        if (criteria.operations().contains(Operation.SALE)) {
            types.add("sale");
        }
        if (criteria.operations().contains(Operation.REFUND)) {
            types.add("refund");
        }
        if (!types.isEmpty()) {
            query.union();
            query.add("""
                    select t.modified_at as booked_at, t.id as reference,
                        case when t.type = 'sale' then 0 else 1 end as kind_order, t.service_id, t.order_id, t.title,
                        case when t.type = 'sale' then t.amount else -t.amount end as amount,
                        case when t.type = 'sale' and t.status = 'settled' then -coalesce(t.commission, 0) else 0 end
                            as commission,
                        t.currency, t.status, t.payment_method as method, t.payer_name as payer,
                        po.id as payout_id, po.period as payout_date, cast(null as varchar) as iban
                    from payment_transaction t
                    left join payout_item pi on pi.transaction_id = t.id
                    left join payout po on po.id = pi.payout_id and po.created_at <= ?
                    where t.type = any(cast(? as text[]))""", Timestamp.from(criteria.asOf()),
                    "{" + String.join(",", types) + "}");
            transactionFilters(query, criteria, statuses(criteria));
        }
        if (criteria.operations().contains(Operation.COMMISSION) && includesCompleted(criteria)) {
            query.union();
            query.add("""
                    select t.modified_at as booked_at, t.id as reference, 2 as kind_order, t.service_id, t.order_id,
                        t.title, -t.commission as amount, cast(0 as bigint) as commission, t.currency, t.status,
                        t.payment_method as method, t.payer_name as payer, po.id as payout_id,
                        po.period as payout_date, cast(null as varchar) as iban
                    from payment_transaction t
                    left join payout_item pi on pi.transaction_id = t.id
                    left join payout po on po.id = pi.payout_id and po.created_at <= ?
                    where t.type = 'sale' and t.status = 'settled' and t.commission > 0""",
                    Timestamp.from(criteria.asOf()));
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

    private static Booking booking(ResultSet rs) throws SQLException {
        return new Booking(Kind.values()[rs.getInt("kind_order")], rs.getTimestamp("booked_at").toInstant(),
                rs.getObject("reference", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getString("order_id"), rs.getString("title"), rs.getLong("amount"), rs.getLong("commission"),
                rs.getString("currency"), rs.getString("status"), rs.getString("method"), rs.getString("payer"),
                rs.getObject("payout_id", UUID.class), rs.getObject("payout_date", LocalDate.class),
                rs.getString("iban"));
    }

    /** A shop's account in one currency, with what the bookings of a report add to it. */
    record Account(UUID serviceId, String currency, long amount) {
    }

    /** Per currency totals of a report. */
    record CurrencyTotal(String currency, long rows, long amount, long commission) {

        long net() {
            return amount + commission;
        }
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
