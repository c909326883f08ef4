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

@Repository
class NotificationRepository {

    private static final String ENTRY_COLUMNS = """
            public_id, service_id, transaction_id, kind, event_status, url, status, attempts, next_attempt_at,
            last_outcome, last_http_status, created_at, finished_at""";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewNotification notification, Instant now) {
        return insert(notification, now, 0, null);
    }

    /** Writes a notification already claimed by {@code node} for its first attempt, to send it at once. */
    ClaimedNotification insertClaimed(NewNotification notification, Instant now, Instant leaseUntil, String node) {
        long id = insert(notification, now, 1, leaseUntil);
        ClaimedNotification claimed = new ClaimedNotification(id, 1, notification.serviceId(),
                notification.target().url(), notification.body());
        jdbc.sql("""
                insert into notification_attempt (notification_id, attempt_no, node, url, started_at)
                values (?, 1, ?, ?, ?)""")
                .params(id, node, claimed.url(), Timestamp.from(now)).update();
        return claimed;
    }

    private long insert(NewNotification notification, Instant now, int attempts, @Nullable Instant leaseUntil) {
        return jdbc.sql("""
                insert into notification (public_id, merchant_id, service_id, stream_id, payment_id, transaction_id,
                    kind, event_status, url, url_source, url_host, body, status, attempts, lease_until,
                    next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)
                returning id""")
                .params(UUID.randomUUID(), notification.merchantId(), notification.serviceId(),
                        notification.streamId(), notification.paymentId(), notification.transactionId(),
                        notification.kind().name(), notification.eventStatus(), notification.target().url(),
                        notification.target().source().name(), notification.target().endpoint(), notification.body(),
                        attempts, leaseUntil == null ? null : Timestamp.from(leaseUntil), Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    /**
     * Notifications of a stream that failed and wait for their retry give way to a newer one: it carries the later
     * status, and the stream delivers in order, so the newer one would otherwise wait hours behind them.
     */
    void supersedeFailedBefore(UUID streamId, long newerId, Instant now) {
        jdbc.sql("""
                update notification set status = 'SUPERSEDED', finished_at = ?
                where stream_id = ? and status = 'PENDING' and id < ? and attempts > 0
                  and (lease_until is null or lease_until <= ?)""")
                .params(Timestamp.from(now), streamId, newerId, Timestamp.from(now)).update();
    }

    /**
     * Claims up to {@code limit} due notifications for one attempt each: only the oldest pending one of each stream
     * (so a stream is delivered in order), at most {@code perEndpoint} in flight per endpoint across all nodes (so a
     * slow receiver holds only a few), rows locked with SKIP LOCKED and then leased, so two nodes never hold the same
     * notification. It walks the endpoints that have pending notifications (a skip scan of an index) and reads each
     * one's next few by index, so a claim costs the same with a backlog of thousands as with none. The outer query repeats the conditions on the row itself because PostgreSQL re-checks only those
     * once it has the lock: a row another node claimed meanwhile is then skipped, not claimed again. An attempt a
     * crashed node left unfinished is recorded as interrupted.
     */
    List<ClaimedNotification> claim(Instant now, Instant leaseUntil, int limit, int perEndpoint, String node) {
        List<Long> ids = jdbc.sql("""
                with recursive endpoint as (
                    select min(url_host) as url_host from notification where status = 'PENDING'
                    union all
                    select (select min(n.url_host) from notification n
                            where n.status = 'PENDING' and n.url_host > e.url_host)
                    from endpoint e where e.url_host is not null
                ), room as (
                    select e.url_host, :perEndpoint - (select count(*) from notification l where l.status = 'PENDING'
                           and l.url_host = e.url_host and l.lease_until > :now) as free
                    from endpoint e where e.url_host is not null
                ), candidate as materialized (
                    select c.id from room r
                    cross join lateral (
                        select n.id from notification n
                        where n.url_host = r.url_host and n.status = 'PENDING' and n.next_attempt_at <= :now
                          and (n.lease_until is null or n.lease_until <= :now)
                          and not exists (select 1 from notification earlier where earlier.stream_id = n.stream_id
                                          and earlier.status = 'PENDING' and earlier.id < n.id)
                        order by n.next_attempt_at, n.id
                        limit greatest(r.free, 0)) c
                )
                select n.id from notification n
                where n.id in (select id from candidate)
                  and n.status = 'PENDING' and n.next_attempt_at <= :now
                  and (n.lease_until is null or n.lease_until <= :now)
                limit :limit
                for update of n skip locked""")
                .param("now", Timestamp.from(now)).param("perEndpoint", perEndpoint).param("limit", limit)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                update notification_attempt set outcome = 'INTERRUPTED', finished_at = :now,
                       error = 'the node sending it stopped'
                where notification_id in (:ids) and finished_at is null""")
                .param("now", Timestamp.from(now)).param("ids", ids).update();
        List<ClaimedNotification> claimed = jdbc.sql("""
                update notification set attempts = attempts + 1, lease_until = :leaseUntil
                where id in (:ids)
                returning id, attempts, service_id, url, body""")
                .param("leaseUntil", Timestamp.from(leaseUntil)).param("ids", ids)
                .query((rs, row) -> new ClaimedNotification(rs.getLong("id"), rs.getInt("attempts"),
                        rs.getObject("service_id", UUID.class), rs.getString("url"), rs.getBytes("body")))
                .list();
        for (ClaimedNotification notification : claimed) {
            jdbc.sql("""
                    insert into notification_attempt (notification_id, attempt_no, node, url, started_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(notification.id(), notification.attempt(), node, notification.url(), Timestamp.from(now))
                    .update();
        }
        return claimed;
    }

    /** Records how an attempt ended. */
    void recordAttempt(ClaimedNotification notification, Delivery delivery, Instant finishedAt,
            @Nullable Instant nextAttemptAt) {
        jdbc.sql("""
                update notification_attempt set finished_at = ?, outcome = ?, http_status = ?, duration_ms = ?,
                       error = ?, response_excerpt = ?, next_attempt_at = ?
                where notification_id = ? and attempt_no = ?""")
                .params(Timestamp.from(finishedAt), delivery.outcome().name(), delivery.httpStatus(),
                        (int) Math.min(delivery.durationMs(), Integer.MAX_VALUE), delivery.error(),
                        delivery.responseExcerpt(), nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                        notification.id(), notification.attempt())
                .update();
    }

    /**
     * Moves the notification on after an attempt, only if this node still holds that attempt: a node that lost its
     * lease (it was taken over) changes nothing.
     */
    boolean finish(ClaimedNotification notification, Delivery delivery, NotificationState state,
            @Nullable Instant nextAttemptAt, Instant now) {
        return jdbc.sql("""
                update notification set status = ?, next_attempt_at = coalesce(?, next_attempt_at),
                       lease_until = null, last_outcome = ?, last_http_status = ?, finished_at = ?
                where id = ? and attempts = ? and status = 'PENDING'""")
                .params(state.name(), nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                        delivery.outcome().name(), delivery.httpStatus(),
                        state == NotificationState.PENDING ? null : Timestamp.from(now), notification.id(),
                        notification.attempt())
                .update() == 1;
    }

    boolean hasNewerPending(long id) {
        return jdbc.sql("""
                select exists (select 1 from notification newer join notification n on n.id = ?
                               where newer.stream_id = n.stream_id and newer.status = 'PENDING' and newer.id > n.id)""")
                .param(id).query(Boolean.class).single();
    }

    List<NotificationEntry> ofTransaction(UUID merchantId, UUID transactionId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from notification where transaction_id = ? and merchant_id = ? "
                + "order by id").params(transactionId, merchantId).query(NotificationRepository::entry).list();
    }

    /** A shop's notifications, newest first, older than {@code beforeId} when it is given. */
    List<NotificationEntry> ofShop(UUID serviceId, @Nullable Long beforeId, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + ", id from notification where service_id = ? and id < ? "
                + "order by id desc limit ?")
                .params(serviceId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query(NotificationRepository::entry).list();
    }

    /** The internal id of a notification of this shop, by the id the panel shows. */
    Optional<Long> idOf(UUID serviceId, UUID publicId) {
        return jdbc.sql("select id from notification where public_id = ? and service_id = ?")
                .params(publicId, serviceId).query(Long.class).optional();
    }

    Optional<NotificationEntry> entry(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from notification where id = ?").param(id)
                .query(NotificationRepository::entry).optional();
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

    /**
     * A copy of a notification to send again, with the same body, to {@code target}, in its own {@code streamId}:
     * a copy does not queue behind the live notifications of its transaction.
     */
    long copy(long originalId, NotificationKind kind, NotificationTarget target, UUID streamId, Instant now) {
        return jdbc.sql("""
                insert into notification (public_id, merchant_id, service_id, stream_id, payment_id, transaction_id,
                    kind, copy_of, event_status, url, url_source, url_host, body, status, next_attempt_at, created_at)
                select ?, merchant_id, service_id, ?, payment_id, transaction_id, ?, id, event_status,
                       ?, ?, ?, body, 'PENDING', ?, ?
                from notification where id = ?
                returning id""")
                .params(UUID.randomUUID(), streamId, kind.name(), target.url(), target.source().name(),
                        target.endpoint(), Timestamp.from(now), Timestamp.from(now), originalId)
                .query(Long.class).single();
    }

    Optional<ReplaySource> replaySource(long id) {
        return jdbc.sql("select id, stream_id, url, url_source from notification where id = ?").param(id)
                .query(NotificationRepository::replaySource).optional();
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
                .query(NotificationRepository::replaySource).list();
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
