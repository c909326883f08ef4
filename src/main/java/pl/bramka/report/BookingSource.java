package pl.bramka.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import pl.bramka.report.StatementEntry.Kind;

/**
 * One query's bookings in its order, read a fetch at a time; several stay open on one connection in one
 * transaction (each a portal of its own). A missing query gives nothing.
 */
final class BookingSource implements AutoCloseable {

    /** Rows fetched per round trip while streaming; PostgreSQL streams only inside a transaction. */
    static final int FETCH_SIZE = 1000;

    private final @Nullable PreparedStatement statement;
    private final @Nullable ResultSet rows;
    private final RowBookings mapper;
    private final ArrayDeque<Booking> ahead = new ArrayDeque<>(2);

    private BookingSource(@Nullable PreparedStatement statement, @Nullable ResultSet rows, RowBookings mapper) {
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
    }

    static BookingSource open(Connection connection, LedgerQueries.@Nullable Query query, RowBookings mapper)
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

    /** A row of the union's columns (a page's row, or a payout's) as its booking. */
    static Booking booking(ResultSet rs) throws SQLException {
        return new Booking(Kind.values()[rs.getInt("kind_order")], rs.getTimestamp("booked_at").toInstant(),
                rs.getObject("reference", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getString("order_id"), rs.getString("title"), rs.getLong("amount"), rs.getLong("commission"),
                rs.getString("currency"), rs.getString("status"), rs.getString("method"), rs.getString("payer"),
                rs.getObject("payout_id", UUID.class), rs.getObject("payout_date", LocalDate.class),
                rs.getString("iban"));
    }

    /** A payout's row: one booking, sent or returned. */
    static void payout(ResultSet rs, Consumer<Booking> bookings) throws SQLException {
        bookings.accept(booking(rs));
    }

    /** A transaction's row as its bookings: the sale or refund when listed, then the sale's commission if listed. */
    static void transaction(ResultSet rs, Consumer<Booking> bookings) throws SQLException {
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
    interface RowBookings {

        void read(ResultSet rs, Consumer<Booking> bookings) throws SQLException;
    }
}
