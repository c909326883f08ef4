package pl.bramka.report;

import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Repository;
import pl.bramka.database.ReportsDatabase;

/**
 * The bookings of a merchant in booking order, from queries over transactions and payouts. It reads the payment
 * and payout tables directly (read only), from the reports' database (a replica when one is set): a report has to
 * stream millions of rows of both in one order, which no call per row into those modules could do. Every query is an
 * ordered scan of an index that starts with the merchant ({@code V2026120800__report_bookings.sql});
 * ReportQueryPlanTests checks the plans.
 */
@Repository
class Ledger {

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
        LedgerQueries.Query transactions = LedgerQueries.transactionStreamQuery(criteria);
        LedgerQueries.Query payouts = LedgerQueries.payoutStreamQuery(criteria);
        database.read(reader -> reader.template().execute((ConnectionCallback<Void>) connection -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute(STREAM_WITHOUT_SORTING);
            }
            try (BookingSource fromTransactions = BookingSource.open(connection, transactions,
                    BookingSource::transaction);
                    BookingSource fromPayouts = BookingSource.open(connection, payouts, BookingSource::payout)) {
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
        LedgerQueries.Query query = LedgerQueries.pageQuery(criteria, after, limit);
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> BookingSource.booking(rs)).list());
    }

    /** Per currency: the rows, and the sums of amount and commission of the filtered bookings. */
    List<CurrencyTotal> totals(ReportCriteria criteria) {
        LedgerQueries.Query query = LedgerQueries.bookings(criteria, false);
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
        LedgerQueries.Query query = LedgerQueries.bookings(criteria, false);
        query.sql.insert(0, "select count(*) from (select 1 from (").append(") b limit ?) l");
        query.params.add(limit + 1);
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query(Long.class).single()) > limit;
    }

    /** How many rows the report has, for the progress of one written in the background. */
    long count(ReportCriteria criteria) {
        LedgerQueries.Query query = LedgerQueries.bookings(criteria, false);
        query.sql.insert(0, "select count(*) from (").append(") b");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query(Long.class).single());
    }

    /** The shop accounts and currencies the bookings are in, each with the sum of its amounts, in a stable order. */
    List<Account> accounts(ReportCriteria criteria) {
        LedgerQueries.Query query = LedgerQueries.bookings(criteria, false);
        query.sql.insert(0, "select service_id, currency, sum(amount) as amount from (")
                .append(") b group by service_id, currency order by service_id, currency");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query((rs, row) -> new Account(rs.getObject("service_id", UUID.class), rs.getString("currency"),
                        rs.getLong("amount")))
                .list());
    }

    /** The sum of the amounts of the bookings: what they add to the balance. */
    long sum(ReportCriteria criteria) {
        LedgerQueries.Query query = LedgerQueries.bookings(criteria, false);
        query.sql.insert(0, "select coalesce(sum(amount), 0) from (").append(") b");
        return database.read(reader -> reader.jdbc().sql(query.sql.toString()).params(query.params)
                .query(Long.class).single());
    }

    /** PostgreSQL orders uuids by their bytes unsigned; Java's compareTo compares their halves signed. */
    private static int compareAsPostgres(UUID left, UUID right) {
        int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
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
}
