package pl.bramka.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Repository;
import pl.bramka.database.ReportsDatabase;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.report.StatementEntry.Kind;

/**
 * The bookings of a merchant in booking order, from queries over transactions and payouts. It reads the payment
 * and payout tables directly (read only), from the reports' database (a replica when one is set): a report has to
 * stream millions of rows of both in one order, which no call per row into those modules could do. Every query is an
 * ordered scan of an index that starts with the merchant ({@code V2026120800__report_bookings.sql});
 * ReportQueryPlanTests checks the plans.
 */
@Repository
class Ledger {

    /** Rows fetched per round trip while streaming; PostgreSQL streams only inside a transaction. */
    static final int FETCH_SIZE = 1000;

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

    /**
     * Set in the streaming transaction: the planner costs a query to its last row and, for a wide range, would rather
     * sort the rows than read them in the index's order, so the first row would wait for all of them. The index
     * gives the order, so a report never needs PostgreSQL to sort its transactions.
     */
    static final String STREAM_WITHOUT_SORTING = "set local enable_sort = off";

    /** PostgreSQL's order of the streamed rows: time, then the reference as PostgreSQL compares uuids, then kind. */
    private static final Comparator<Booking> IN_BOOKING_ORDER = Comparator.comparing(Booking::bookedAt)
            .thenComparing(Booking::reference, Ledger::compareAsPostgres)
            .thenComparing(Booking::kind);

    private final ReportsDatabase database;

    Ledger(ReportsDatabase database) {
        this.database = database;
    }

    /**
     * Every booking of the criteria, oldest first, handed over one by one as it arrives from the database. The
     * transactions come in the order of their index, one row each with its commission (split here into the sale and
     * its commission), and are merged with the payouts of the range, which are few: neither query sorts the range
     * before its first row.
     */
    void stream(ReportCriteria criteria, Consumer<Booking> consumer) {
        Query transactions = transactionStreamQuery(criteria);
        Query payouts = payoutStreamQuery(criteria);
        database.read(reader -> reader.template().execute((ConnectionCallback<Void>) connection -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute(STREAM_WITHOUT_SORTING);
            }
            try (BookingSource fromTransactions = BookingSource.open(connection, transactions, Ledger::transaction);
                    BookingSource fromPayouts = BookingSource.open(connection, payouts, Ledger::payout)) {
                while (fromTransactions.hasNext() || fromPayouts.hasNext()) {
                    BookingSource next = !fromPayouts.hasNext() || fromTransactions.hasNext()
                            && IN_BOOKING_ORDER.compare(fromTransactions.peek(), fromPayouts.peek()) <= 0
                                    ? fromTransactions : fromPayouts;
                    consumer.accept(next.take());
                }
            }
            return null;
        }));
    }

    /** One page of the list, newest first, after the cursor; {@code limit} rows at most. */
    List<Booking> page(ReportCriteria criteria, @Nullable BookingCursor after, int limit) {
        Query query = pageQuery(criteria, after, limit);
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> booking(rs)).list());
    }

    /** Per currency: the rows, and the sums of amount and commission of the filtered bookings. */
    List<CurrencyTotal> totals(ReportCriteria criteria) {
        Query query = bookings(criteria, false);
        query.sql.insert(0, "select currency, count(*) as row_count, sum(amount) as amount, "
                + "sum(commission) as commission from (").append(") b group by currency order by currency");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> new CurrencyTotal(rs.getString("currency"), rs.getLong("row_count"),
                        rs.getLong("amount"), rs.getLong("commission")))
                .list());
    }

    /**
     * Whether the report has more rows than the limit, to decide whether it is written in the background: counted up
     * to one row past the limit, so a report of ten million rows costs no more to decide than one just above it.
     */
    boolean exceeds(ReportCriteria criteria, long limit) {
        Query query = bookings(criteria, false);
        query.sql.insert(0, "select count(*) from (select 1 from (").append(") b limit ?) l");
        query.params.add(limit + 1);
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query(Long.class).single()) > limit;
    }

    /** How many rows the report has, for the progress of one written in the background. */
    long count(ReportCriteria criteria) {
        Query query = bookings(criteria, false);
        query.sql.insert(0, "select count(*) from (").append(") b");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query(Long.class).single());
    }

    /** The shop accounts and currencies the bookings are in, each with the sum of its amounts, in a stable order. */
    List<Account> accounts(ReportCriteria criteria) {
        Query query = bookings(criteria, false);
        query.sql.insert(0, "select service_id, currency, sum(amount) as amount from (")
                .append(") b group by service_id, currency order by service_id, currency");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> new Account(rs.getObject("service_id", UUID.class), rs.getString("currency"),
                        rs.getLong("amount")))
                .list());
    }

    /** The sum of the amounts of the bookings: what they add to the balance. */
    long sum(ReportCriteria criteria) {
        Query query = bookings(criteria, false);
        query.sql.insert(0, "select coalesce(sum(amount), 0) from (").append(") b");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query(Long.class).single());
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
        Query query = new Query();
        query.add("select t.modified_at as booked_at, t.id as reference, t.type, t.service_id, t.order_id, t.title, "
                + "t.amount, t.commission, t.currency, t.status, t.payment_method as method, t.payer_name as payer, "
                + "paid.payout_id, paid.payout_date, " + (listed == null ? "false" : listed) + " as listed, "
                + (commissioned == null ? "false" : commissioned) + " as commissioned from payment_transaction t"
                + PAYOUT_OF_TRANSACTION, Timestamp.from(criteria.asOf()));
        query.add(" where (" + (listed == null ? "false" : listed) + " or "
                + (commissioned == null ? "false" : commissioned) + ")");
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
        List<String> types = new ArrayList<>();
        if (criteria.operations().contains(Operation.SALE)) {
            types.add("'sale'");
        }
        if (criteria.operations().contains(Operation.REFUND)) {
            types.add("'refund'");
        }
        if (types.isEmpty()) {
            return null;
        }
        List<String> statuses = statuses(criteria);
        return "(t.type in (" + String.join(", ", types) + ")" + (statuses.isEmpty() ? ""
                : " and t.status in (" + statuses.stream().map(status -> "'" + status + "'")
                        .collect(Collectors.joining(", ")) + ")") + ")";
    }

    /** The condition of a transaction whose commission the report lists; or null. */
    private static @Nullable String commissionedTransactions(ReportCriteria criteria) {
        return criteria.operations().contains(Operation.COMMISSION) && includesCompleted(criteria)
                ? "(t.type = 'sale' and t.status = 'settled' and t.commission > 0)" : null;
    }

    /**
     * The union of the branches the operations ask for, each within the merchant, the range and the snapshot; with
     * the payout that holds each transaction only when asked, as the sums and counts need none.
     */
    static Query bookings(ReportCriteria criteria, boolean withPayouts) {
        Query query = new Query();
        String payoutOfTransaction = withPayouts ? PAYOUT_OF_TRANSACTION : NO_PAYOUT;
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
        if (criteria.operations().contains(Operation.COMMISSION) && includesCompleted(criteria)) {
            query.union();
            query.add("""
                    select t.modified_at as booked_at, t.id as reference, 2 as kind_order, t.service_id, t.order_id,
                        t.title, -t.commission as amount, cast(0 as bigint) as commission, t.currency, t.status,
                        t.payment_method as method, t.payer_name as payer, paid.payout_id, paid.payout_date,
                        cast(null as varchar) as iban
                    from payment_transaction t"""
                    + payoutOfTransaction + """
                    where t.type = 'sale' and t.status = 'settled' and t.commission > 0""");
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

    private static Booking booking(ResultSet rs) throws SQLException {
        return new Booking(Kind.values()[rs.getInt("kind_order")], rs.getTimestamp("booked_at").toInstant(),
                rs.getObject("reference", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getString("order_id"), rs.getString("title"), rs.getLong("amount"), rs.getLong("commission"),
                rs.getString("currency"), rs.getString("status"), rs.getString("method"), rs.getString("payer"),
                rs.getObject("payout_id", UUID.class), rs.getObject("payout_date", LocalDate.class),
                rs.getString("iban"));
    }

    /** PostgreSQL orders uuids by their bytes unsigned; Java's compareTo compares their halves signed. */
    private static int compareAsPostgres(UUID left, UUID right) {
        int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
    }

    private static void payout(ResultSet rs, Consumer<Booking> bookings) throws SQLException {
        bookings.accept(booking(rs));
    }

    /** A transaction's row as its bookings: the sale or refund when listed, then the sale's commission if listed. */
    private static void transaction(ResultSet rs, Consumer<Booking> bookings) throws SQLException {
        Instant bookedAt = rs.getTimestamp("booked_at").toInstant();
        UUID reference = rs.getObject("reference", UUID.class);
        boolean sale = rs.getString("type").equals("sale");
        long amount = rs.getLong("amount");
        long commission = rs.getLong("commission");
        String status = rs.getString("status");
        Booking row = new Booking(sale ? Kind.SALE : Kind.REFUND, bookedAt, reference,
                rs.getObject("service_id", UUID.class), rs.getString("order_id"), rs.getString("title"),
                sale ? amount : -amount, sale && status.equals("settled") ? -commission : 0,
                rs.getString("currency"), status, rs.getString("method"), rs.getString("payer"),
                rs.getObject("payout_id", UUID.class), rs.getObject("payout_date", LocalDate.class), null);
        if (rs.getBoolean("listed")) {
            bookings.accept(row);
        }
        if (rs.getBoolean("commissioned")) {
            bookings.accept(new Booking(Kind.COMMISSION, bookedAt, reference, row.serviceId(), row.orderId(),
                    row.title(), -commission, 0, row.currency(), status, row.method(), row.payer(), row.payoutId(),
                    row.payoutDate(), null));
        }
    }

    /** Turns one row into its bookings. */
    @FunctionalInterface
    private interface RowBookings {

        void read(ResultSet rs, Consumer<Booking> bookings) throws SQLException;
    }

    /**
     * One query's bookings in its order, read a fetch at a time; several stay open on one connection in one
     * transaction (each a portal of its own). A missing query gives nothing.
     */
    private static final class BookingSource implements AutoCloseable {

        private final @Nullable PreparedStatement statement;
        private final @Nullable ResultSet rows;
        private final RowBookings mapper;
        private final ArrayDeque<Booking> ahead = new ArrayDeque<>(2);

        private BookingSource(@Nullable PreparedStatement statement, @Nullable ResultSet rows, RowBookings mapper) {
            this.statement = statement;
            this.rows = rows;
            this.mapper = mapper;
        }

        static BookingSource open(Connection connection, @Nullable Query query, RowBookings mapper)
                throws SQLException {
            if (query == null) {
                return new BookingSource(null, null, mapper);
            }
            PreparedStatement statement = connection.prepareStatement(query.sql.toString());
            try {
                statement.setFetchSize(FETCH_SIZE);
                new ArgumentPreparedStatementSetter(query.params.toArray()).setValues(statement);
                return new BookingSource(statement, statement.executeQuery(), mapper);
            } catch (SQLException | RuntimeException failed) {
                statement.close();
                throw failed;
            }
        }

        boolean hasNext() throws SQLException {
            while (ahead.isEmpty() && rows != null && rows.next()) {
                mapper.read(rows, ahead::add);
            }
            return !ahead.isEmpty();
        }

        Booking peek() {
            return ahead.getFirst();
        }

        Booking take() {
            return ahead.removeFirst();
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
        }
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
