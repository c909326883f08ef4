package pl.bramka.notification;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications waiting to be delivered, as the dispatcher works on them: writing them (and copies to send
 * again), claiming the due ones under a lease, recording each attempt and moving a notification on after it.
 */
@Repository
class DeliveryQueue {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DeliveryQueue(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insert(NewNotification notification, Instant now) {
        return insert(notification, now, 0, null, null);
    }

    /** Writes a notification already claimed by {@code node} for its first attempt, to send it at once. */
    ClaimedNotification insertClaimed(NewNotification notification, Instant now, Instant leaseUntil, String node) {
        UUID slot = UUID.randomUUID();
        long id = insert(notification, now, 1, leaseUntil, slot);
        ClaimedNotification claimed = new ClaimedNotification(id, 1, notification.serviceId(),
                notification.target().url(), notification.body(), slot);
        jdbc.sql("""
                insert into notification_attempt (notification_id, attempt_no, node, url, started_at)
                values (?, 1, ?, ?, ?)""")
                .params(id, node, claimed.url(), Timestamp.from(now)).update();
        return claimed;
    }

    private long insert(NewNotification notification, Instant now, int attempts, @Nullable Instant leaseUntil,
            @Nullable UUID slot) {
        return jdbc.sql("""
                insert into notification (public_id, merchant_id, service_id, stream_id, payment_id, transaction_id,
                    kind, event_status, url, url_source, url_host, body, status, attempts, lease_until, lease_slot,
                    next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)
                returning id""")
                .params(UUID.randomUUID(), notification.merchantId(), notification.serviceId(),
                        notification.streamId(), notification.paymentId(), notification.transactionId(),
                        notification.kind().name(), notification.eventStatus(), notification.target().url(),
                        notification.target().source().name(), notification.target().endpoint(), notification.body(),
                        attempts, leaseUntil == null ? null : Timestamp.from(leaseUntil), slot, Timestamp.from(now),
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
     * Gathers the table's statistics again when they count fewer pending notifications than one claim just took. Taken
     * while nothing was pending, they make every pending index look empty, and the planner then checks each candidate's
     * stream by reading all pending rows instead of the stream's index: a burst after a quiet spell made claims take
     * seconds each until autovacuum came round (benchmarks/README.md, P8). Returns whether it gathered them.
     */
    boolean refreshStatisticsIfFewerPendingThan(int claimed) {
        double pendingInStatistics = jdbc.sql("select reltuples from pg_class where oid = 'notification_due_idx'::regclass")
                .query(Double.class).single();
        if (pendingInStatistics >= claimed) {
            return false;
        }
        jdbc.sql("analyze notification").update();
        return true;
    }

    /**
     * Claims due notifications for one attempt each, in at most {@code slots} lease slots of at most {@code perSlot}
     * notifications of one endpoint: only the oldest pending one of each stream (so a stream is delivered in order),
     * at most {@code perEndpoint} slots per endpoint across all nodes (so a slow receiver holds only a few), rows
     * locked with SKIP LOCKED and then leased, so two nodes never hold the same notification. An endpoint's due
     * notifications are dealt over as many slots as it has room for, so a few are sent side by side and a backlog is
     * sent in chunks that cost one claim and one record each. It walks the endpoints that have pending notifications
     * (a skip scan of an index) and reads each one's next few by index, so a claim costs the same with a backlog of
     * thousands as with none. The outer query repeats the conditions on the row itself because PostgreSQL re-checks
     * only those once it has the lock: a row another node claimed meanwhile is then skipped, not claimed again. An
     * attempt a crashed node left unfinished is recorded as interrupted. Returns the notifications of each slot
     * together, in the order they are to be sent.
     */
    List<ClaimedNotification> claim(Instant now, Instant leaseUntil, int slots, int perSlot, int perEndpoint,
            String node) {
        // The planner reckons with a hundred endpoints of a thousand rows each where the claim reads a few index
        // entries, and would spend more on compiling the query than on running it.
        jdbc.sql("set local jit = off").update();
        List<Candidate> candidates = jdbc.sql("""
                with recursive endpoint as (
                    select min(url_host) as url_host from notification where status = 'PENDING'
                    union all
                    select (select min(n.url_host) from notification n
                            where n.status = 'PENDING' and n.url_host > e.url_host)
                    from endpoint e where e.url_host is not null
                ), room as materialized (
                    select e.url_host, :perEndpoint - (select count(distinct l.lease_slot) from notification l
                           where l.status = 'PENDING' and l.url_host = e.url_host and l.lease_until > :now) as free
                    from endpoint e where e.url_host is not null
                ), candidate as materialized (
                    select c.id from (
                        select c.id, c.next_attempt_at, r.url_host,
                               min(c.next_attempt_at) over (partition by r.url_host) as endpoint_due
                        from room r
                        cross join lateral (
                            select n.id, n.next_attempt_at from notification n
                            where n.url_host = r.url_host and n.status = 'PENDING' and n.next_attempt_at <= :now
                              and (n.lease_until is null or n.lease_until <= :now)
                              and not exists (select 1 from notification earlier
                                              where earlier.stream_id = n.stream_id and earlier.status = 'PENDING'
                                                and earlier.id < n.id)
                            order by n.next_attempt_at, n.id
                            limit least(greatest(r.free, 0), :slots) * :perSlot) c
                    ) c
                    order by c.endpoint_due, c.url_host, c.next_attempt_at, c.id
                    limit :slots * :perSlot
                )
                select n.id, n.url_host, n.next_attempt_at, r.free from notification n
                join room r on r.url_host = n.url_host
                where n.id in (select id from candidate) and n.status = 'PENDING' and n.next_attempt_at <= :now
                  and (n.lease_until is null or n.lease_until <= :now)
                for update of n skip locked""")
                .param("now", Timestamp.from(now)).param("perEndpoint", perEndpoint).param("perSlot", perSlot)
                .param("slots", slots)
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("url_host"),
                        rs.getTimestamp("next_attempt_at").toInstant(), rs.getInt("free")))
                .list();
        List<List<Long>> chunks = deal(candidates, slots, perSlot);
        if (chunks.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        List<String> slotOfEach = new ArrayList<>();
        for (List<Long> chunk : chunks) {
            String slot = UUID.randomUUID().toString();
            ids.addAll(chunk);
            chunk.forEach(id -> slotOfEach.add(slot));
        }
        Long[] idArray = ids.toArray(Long[]::new);
        jdbc.sql("""
                update notification_attempt set outcome = 'INTERRUPTED', finished_at = ?,
                       error = 'the node sending it stopped'
                where notification_id = any(?) and finished_at is null""")
                .params(Timestamp.from(now), idArray).update();
        Map<Long, ClaimedNotification> claimed = new HashMap<>();
        jdbc.sql("""
                with claimed as (
                    update notification n set attempts = n.attempts + 1, lease_until = ?, lease_slot = c.slot::uuid
                    from unnest(?::bigint[], ?::text[]) as c (id, slot)
                    where n.id = c.id
                    returning n.id, n.attempts, n.service_id, n.url, n.body, n.lease_slot
                ), started as (
                    insert into notification_attempt (notification_id, attempt_no, node, url, started_at)
                    select id, attempts, ?, url, ? from claimed
                )
                select * from claimed""")
                .params(Timestamp.from(leaseUntil), idArray, slotOfEach.toArray(String[]::new), node,
                        Timestamp.from(now))
                .query((rs, row) -> new ClaimedNotification(rs.getLong("id"), rs.getInt("attempts"),
                        rs.getObject("service_id", UUID.class), rs.getString("url"), rs.getBytes("body"),
                        rs.getObject("lease_slot", UUID.class)))
                .list().forEach(notification -> claimed.put(notification.id(), notification));
        return ids.stream().map(claimed::get).toList();
    }

    private record Candidate(long id, String endpoint, Instant due, int free) {
    }

    /**
     * Deals each endpoint's candidates, oldest first, over as many slots as it has room for and has candidates, at
     * most {@code perSlot} to a slot and {@code slots} slots in all; the endpoint whose oldest notification has waited
     * longest goes first, so endpoints take turns when the workers are fewer than their room. Candidates left over
     * stay unclaimed.
     */
    private static List<List<Long>> deal(List<Candidate> candidates, int slots, int perSlot) {
        Map<String, List<Candidate>> byEndpoint = new HashMap<>();
        candidates.forEach(candidate -> byEndpoint.computeIfAbsent(candidate.endpoint(), e -> new ArrayList<>())
                .add(candidate));
        Comparator<Candidate> oldestFirst = Comparator.comparing(Candidate::due).thenComparing(Candidate::id);
        byEndpoint.values().forEach(ofEndpoint -> ofEndpoint.sort(oldestFirst));
        List<List<Candidate>> endpoints = new ArrayList<>(byEndpoint.values());
        endpoints.sort(Comparator.comparing((List<Candidate> ofEndpoint) -> ofEndpoint.get(0), oldestFirst));
        List<List<Long>> chunks = new ArrayList<>();
        for (List<Candidate> ofEndpoint : endpoints) {
            int count = Math.min(Math.min(ofEndpoint.get(0).free(), ofEndpoint.size()), slots - chunks.size());
            List<List<Long>> dealt = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dealt.add(new ArrayList<>());
            }
            for (int i = 0; i < Math.min(ofEndpoint.size(), count * perSlot); i++) {
                dealt.get(i % count).add(ofEndpoint.get(i).id());
            }
            chunks.addAll(dealt);
        }
        return chunks;
    }

    /** How one attempt ended, and when the next one is due if there is one. */
    record Outcome(ClaimedNotification notification, Delivery delivery, Instant startedAt, Instant finishedAt,
            NotificationState state, @Nullable Instant nextAttemptAt) {
    }

    /**
     * Records how attempts ended and moves each notification on, in one round trip for all of them; only where this
     * node still holds that attempt: a node that lost its lease (it was taken over) changes nothing. Returns the
     * ids of those it no longer held.
     */
    List<Long> finish(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        // Notifications before their attempts and in id order, as a claim locks them: a finish and a claim taking
        // over an expired lease then wait for each other instead of deadlocking.
        List<Outcome> inLockOrder = outcomes.stream()
                .sorted(Comparator.comparingLong((Outcome outcome) -> outcome.notification().id())).toList();
        int[][] moved = batch.batchUpdate("""
                update notification set status = ?, next_attempt_at = coalesce(?, next_attempt_at),
                       lease_until = null, lease_slot = null, last_outcome = ?, last_http_status = ?, finished_at = ?
                where id = ? and attempts = ? and status = 'PENDING'""",
                inLockOrder, inLockOrder.size(), (ps, outcome) -> {
            ps.setString(1, outcome.state().name());
            ps.setTimestamp(2, timestamp(outcome.nextAttemptAt()));
            ps.setString(3, outcome.delivery().outcome().name());
            ps.setObject(4, outcome.delivery().httpStatus(), Types.INTEGER);
            ps.setTimestamp(5, outcome.state() == NotificationState.PENDING ? null
                    : Timestamp.from(outcome.finishedAt()));
            ps.setLong(6, outcome.notification().id());
            ps.setInt(7, outcome.notification().attempt());
        });
        batch.batchUpdate("""
                update notification_attempt set started_at = ?, finished_at = ?, outcome = ?, http_status = ?,
                       duration_ms = ?, error = ?, response_excerpt = ?, next_attempt_at = ?
                where notification_id = ? and attempt_no = ?""",
                inLockOrder, inLockOrder.size(), (ps, outcome) -> {
            Delivery delivery = outcome.delivery();
            ps.setTimestamp(1, Timestamp.from(outcome.startedAt()));
            ps.setTimestamp(2, Timestamp.from(outcome.finishedAt()));
            ps.setString(3, delivery.outcome().name());
            ps.setObject(4, delivery.httpStatus(), Types.INTEGER);
            ps.setInt(5, (int) Math.min(delivery.durationMs(), Integer.MAX_VALUE));
            ps.setString(6, delivery.error());
            ps.setString(7, delivery.responseExcerpt());
            ps.setTimestamp(8, timestamp(outcome.nextAttemptAt()));
            ps.setLong(9, outcome.notification().id());
            ps.setInt(10, outcome.notification().attempt());
        });
        List<Long> lost = new ArrayList<>();
        for (int i = 0; i < inLockOrder.size(); i++) {
            if (moved[0][i] != 1) {
                lost.add(inLockOrder.get(i).notification().id());
            }
        }
        return lost;
    }

    /**
     * Gives back notifications this node claimed and did not start: no attempt happened, so the attempt and its
     * record are undone, and as they were due when claimed, any node takes them at the next claim.
     */
    void release(List<ClaimedNotification> unsent) {
        if (unsent.isEmpty()) {
            return;
        }
        jdbc.sql("""
                with released as (
                    update notification n set attempts = n.attempts - 1, lease_until = null, lease_slot = null
                    from unnest(?::bigint[], ?::int[], ?::text[]) as c (id, attempt, slot)
                    where n.id = c.id and n.attempts = c.attempt and n.lease_slot = c.slot::uuid
                      and n.status = 'PENDING'
                    returning n.id, c.attempt
                )
                delete from notification_attempt a using released r
                where a.notification_id = r.id and a.attempt_no = r.attempt""")
                .params(unsent.stream().map(ClaimedNotification::id).toArray(Long[]::new),
                        unsent.stream().map(ClaimedNotification::attempt).toArray(Integer[]::new),
                        unsent.stream().map(n -> n.slot().toString()).toArray(String[]::new))
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
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
