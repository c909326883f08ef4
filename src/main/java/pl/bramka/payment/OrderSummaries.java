package pl.bramka.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import pl.bramka.shared.Ids;

/** The panel's orders list, read from the payment_order table that status changes keep up to date. */
@Service
class OrderSummaries {

    static final int PAGE_SIZE = 50;
    private static final int UUID_LENGTH = 36;
    private static final String COLUMNS = "service_id, order_id, currency, attempts, last_status, settled_amount, "
            + "refunded_amount, first_at, last_at";

    private final JdbcClient jdbc;

    OrderSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A merchant's orders, the one with the latest attempt first. */
    ListPage<OrderSummary> page(UUID merchantId, Optional<PageCursor> cursor) {
        return Keyset.page(cursor.orElse(null), PAGE_SIZE, (from, limit) -> fetch(merchantId, from, limit),
                (order, older) -> new PageCursor(older, order.lastAt(), order.serviceId() + order.orderId()));
    }

    private List<OrderSummary> fetch(UUID merchantId, @Nullable PageCursor cursor, int limit) {
        TransactionSearch.Query query = pageQuery(merchantId, cursor, limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query(OrderSummaries::map).list();
    }

    /** The whole statement of one page, so its plan can be checked as it runs. */
    static TransactionSearch.Query pageQuery(UUID merchantId, @Nullable PageCursor cursor, int limit) {
        TransactionSearch.Query query = new TransactionSearch.Query(
                "select " + COLUMNS + " from payment_order where merchant_id = ?", merchantId);
        if (cursor == null) {
            query.add(" order by last_at desc, service_id desc, order_id desc limit ?", limit);
            return query;
        }
        String key = cursor.key();
        UUID serviceId = key.length() < UUID_LENGTH ? new UUID(0, 0)
                : Ids.uuid(key.substring(0, UUID_LENGTH)).orElse(new UUID(0, 0));
        String orderId = key.length() < UUID_LENGTH ? "" : key.substring(UUID_LENGTH);
        query.add(cursor.older()
                ? " and (last_at, service_id, order_id) < (?, ?, ?) order by last_at desc, service_id desc, order_id desc"
                : " and (last_at, service_id, order_id) > (?, ?, ?) order by last_at, service_id, order_id",
                Timestamp.from(cursor.at()), serviceId, orderId);
        query.add(" limit ?", limit);
        return query;
    }

    private static OrderSummary map(ResultSet rs, int row) throws SQLException {
        TransactionStatus last = TransactionStatus.ofWire(rs.getString("last_status"));
        long settled = rs.getLong("settled_amount");
        return new OrderSummary(rs.getObject("service_id", UUID.class), rs.getString("order_id"),
                rs.getString("currency"), rs.getInt("attempts"), settled > 0 ? TransactionStatus.SETTLED : last,
                settled, rs.getLong("refunded_amount"), rs.getTimestamp("first_at").toInstant(),
                rs.getTimestamp("last_at").toInstant());
    }
}
