package pl.bramka.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications waiting to be delivered, as the dispatcher works on them: writing them (and copies to send
 * again), claiming the due ones under a lease, recording each attempt and moving a notification on after it.
 */
@Repository
class DeliveryQueue {

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
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
}
