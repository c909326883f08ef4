package pl.bramka.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery log as the panel reads it: a shop's or a transaction's notifications with their attempts, and the
 * notifications a resend or a replay copies (found and counted here, queued by {@link DeliveryQueue}).
 */
@Repository
class DeliveryLog {

    private static final String ENTRY_COLUMNS = """
            public_id, service_id, transaction_id, kind, event_status, url, status, attempts, next_attempt_at,
            last_outcome, last_http_status, created_at, finished_at""";

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NotificationEntry> ofTransaction(UUID merchantId, UUID transactionId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from notification where transaction_id = ? and merchant_id = ? "
                + "order by id").params(transactionId, merchantId).query(DeliveryLog::entry).list();
    }

    /** A shop's notifications, newest first, older than {@code beforeId} when it is given. */
    List<NotificationEntry> ofShop(UUID serviceId, @Nullable Long beforeId, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + ", id from notification where service_id = ? and id < ? "
                + "order by id desc limit ?")
                .params(serviceId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query(DeliveryLog::entry).list();
    }

    /** The internal id of a notification of this shop, by the id the panel shows. */
    Optional<Long> idOf(UUID serviceId, UUID publicId) {
        return jdbc.sql("select id from notification where public_id = ? and service_id = ?")
                .params(publicId, serviceId).query(Long.class).optional();
    }

    Optional<NotificationEntry> entry(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from notification where id = ?").param(id)
                .query(DeliveryLog::entry).optional();
    }

    List<DeliveryAttempt> attempts(UUID publicId) {
        return jdbc.sql("""
                select a.attempt_no, a.started_at, a.url, a.outcome, a.http_status, a.duration_ms, a.error,
                       a.response_excerpt, a.next_attempt_at
                from notification_attempt a join notification n on n.id = a.notification_id
                where n.public_id = ? order by a.attempt_no""")
                .param(publicId)
                .query((rs, row) -> new DeliveryAttempt(rs.getInt("attempt_no"), instant(rs, "started_at"),
                        rs.getString("url"), rs.getString("outcome"), (Integer) rs.getObject("http_status"),
                        (Integer) rs.getObject("duration_ms"), rs.getString("error"),
                        rs.getString("response_excerpt"), instant(rs, "next_attempt_at")))
                .list();
    }

    Optional<ReplaySource> replaySource(long id) {
        return jdbc.sql("select id, stream_id, url, url_source from notification where id = ?").param(id)
                .query(DeliveryLog::replaySource).optional();
    }

    /** How many status notifications of a shop were created in {@code [from, to)}, counting to {@code atMost}. */
    int countStatusNotifications(UUID serviceId, Instant from, Instant to, int atMost) {
        return jdbc.sql("""
                select count(*) from (select 1 from notification
                    where service_id = ? and kind = 'STATUS' and created_at >= ? and created_at < ? limit ?) counted""")
                .params(serviceId, Timestamp.from(from), Timestamp.from(to), atMost).query(Integer.class).single();
    }

    /** The status notifications of a shop created in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<ReplaySource> statusNotifications(UUID serviceId, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select id, stream_id, url, url_source from notification
                where service_id = ? and kind = 'STATUS' and created_at >= ? and created_at < ?
                order by created_at, id limit ?""")
                .params(serviceId, Timestamp.from(from), Timestamp.from(to), limit)
                .query(DeliveryLog::replaySource).list();
    }

    record ReplaySource(long id, UUID streamId, String url, NotificationTarget.Source source) {
    }

    private static ReplaySource replaySource(ResultSet rs, int row) throws SQLException {
        return new ReplaySource(rs.getLong("id"), rs.getObject("stream_id", UUID.class), rs.getString("url"),
                NotificationTarget.Source.valueOf(rs.getString("url_source")));
    }

    private static NotificationEntry entry(ResultSet rs, int row) throws SQLException {
        NotificationState state = NotificationState.valueOf(rs.getString("status"));
        return new NotificationEntry(rs.getObject("public_id", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getObject("transaction_id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("event_status"), rs.getString("url"), state, rs.getInt("attempts"),
                state == NotificationState.PENDING ? instant(rs, "next_attempt_at") : null,
                rs.getString("last_outcome"), (Integer) rs.getObject("last_http_status"),
                instant(rs, "created_at"), instant(rs, "finished_at"), List.of());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
