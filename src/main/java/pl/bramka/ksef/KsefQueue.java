package pl.bramka.ksef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ksef_submission} table: invoices handed over for KSeF and where each stands. */
@Repository
class KsefQueue {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;

    KsefQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID merchantId, UUID invoiceId, byte[] xml, Instant now) {
        jdbc.sql("""
                insert into ksef_submission (invoice_id, merchant_id, xml, state, next_attempt_at, created_at)
                values (?, ?, ?, 'QUEUED', ?, ?) on conflict do nothing
                """).params(invoiceId, merchantId, xml, Timestamp.from(now), Timestamp.from(now)).update();
    }

    Optional<KsefStatus> statusOf(UUID merchantId, UUID invoiceId) {
        return jdbc.sql("""
                select state, ksef_number, error, attempts, next_attempt_at from ksef_submission
                where merchant_id = ? and invoice_id = ?
                """).params(merchantId, invoiceId).query(KsefQueue::status).optional();
    }

    Optional<byte[]> upoOf(UUID merchantId, UUID invoiceId) {
        return jdbc.sql("select upo from ksef_submission where merchant_id = ? and invoice_id = ? and upo is not null")
                .params(merchantId, invoiceId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Claims due invoices for one attempt each by moving their next attempt past the lease; the rows are locked only
     * for this statement (SKIP LOCKED), so several nodes share the work and never hold the same invoice at once.
     */
    List<ClaimedSubmission> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update ksef_submission set attempts = attempts + 1, next_attempt_at = ?
                where invoice_id in (select invoice_id from ksef_submission
                                     where state in ('QUEUED', 'RETRYING', 'SENT') and next_attempt_at <= ?
                                     order by next_attempt_at limit ? for update skip locked)
                returning invoice_id, merchant_id, xml, attempts, session_reference, invoice_reference
                """).params(Timestamp.from(leaseUntil), Timestamp.from(now), limit)
                .query((rs, n) -> new ClaimedSubmission(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBytes(3), rs.getInt(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /**
     * Gives back invoices {@link #claimDue} leased until {@code leaseUntil} and no attempt was made for: due at
     * {@code now} again, their attempt not counted, so another node takes them at its next poll. An invoice claimed
     * again since (another lease) is left alone.
     */
    void release(List<UUID> invoiceIds, Instant leaseUntil, Instant now) {
        jdbc.sql("""
                update ksef_submission set attempts = attempts - 1, next_attempt_at = :now
                where invoice_id in (:ids) and next_attempt_at = :leaseUntil""")
                .param("now", Timestamp.from(now)).param("ids", invoiceIds)
                .param("leaseUntil", Timestamp.from(leaseUntil)).update();
    }

    /** KSeF took the invoice: from now on attempts only ask how it went. */
    void markSent(UUID invoiceId, String sessionReference, String invoiceReference) {
        jdbc.sql("""
                update ksef_submission set state = 'SENT', session_reference = ?, invoice_reference = ?, error = null
                where invoice_id = ?
                """).params(sessionReference, invoiceReference, invoiceId).update();
    }

    /** KSeF is still processing the invoice: ask again at {@code nextAttempt}. */
    void awaitProcessing(UUID invoiceId, Instant nextAttempt) {
        jdbc.sql("update ksef_submission set error = null, next_attempt_at = ? where invoice_id = ?")
                .params(Timestamp.from(nextAttempt), invoiceId).update();
    }

    /**
     * The attempt failed (KSeF unreachable, 5xx, a refused request): the error is kept to be shown and the invoice
     * tried again at {@code nextAttempt}; one KSeF already has stays SENT, any other is RETRYING.
     */
    void attemptFailed(UUID invoiceId, String error, Instant nextAttempt) {
        jdbc.sql("""
                update ksef_submission set error = ?, next_attempt_at = ?,
                       state = case when invoice_reference is null then 'RETRYING' else 'SENT' end
                where invoice_id = ?
                """).params(shortened(error), Timestamp.from(nextAttempt), invoiceId).update();
    }

    /** KSeF dropped the invoice without judging it (its session failed): it is sent again, in a new session. */
    void sendAgain(UUID invoiceId, String error, Instant nextAttempt) {
        jdbc.sql("""
                update ksef_submission set state = 'RETRYING', session_reference = null, invoice_reference = null,
                       error = ?, next_attempt_at = ?
                where invoice_id = ?
                """).params(shortened(error), Timestamp.from(nextAttempt), invoiceId).update();
    }

    void accept(UUID invoiceId, String ksefNumber, byte[] upo, Instant now) {
        jdbc.sql("""
                update ksef_submission set state = 'ACCEPTED', ksef_number = ?, upo = ?, error = null,
                       next_attempt_at = null, finished_at = ?
                where invoice_id = ?
                """).params(ksefNumber, upo, Timestamp.from(now), invoiceId).update();
    }

    void reject(UUID invoiceId, String reason, Instant now) {
        jdbc.sql("""
                update ksef_submission set state = 'REJECTED', error = ?, next_attempt_at = null, finished_at = ?
                where invoice_id = ?
                """).params(shortened(reason), Timestamp.from(now), invoiceId).update();
    }

    KsefQueueSummary summaryOf(UUID merchantId) {
        long[] counts = new long[3];
        jdbc.sql("""
                select count(*) filter (where state in ('QUEUED', 'RETRYING', 'SENT')),
                       count(*) filter (where state = 'ACCEPTED'), count(*) filter (where state = 'REJECTED')
                from ksef_submission where merchant_id = ?
                """).param(merchantId).query(rs -> {
                    counts[0] = rs.getLong(1);
                    counts[1] = rs.getLong(2);
                    counts[2] = rs.getLong(3);
                });
        return jdbc.sql("""
                select error, next_attempt_at from ksef_submission
                where merchant_id = ? and state in ('RETRYING', 'SENT') and error is not null
                order by next_attempt_at desc limit 1
                """).param(merchantId).query((rs, n) -> new KsefQueueSummary(counts[0], counts[1], counts[2],
                rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional().orElse(new KsefQueueSummary(counts[0], counts[1], counts[2], null, null));
    }

    private static String shortened(String text) {
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    private static KsefStatus status(ResultSet rs, int row) throws SQLException {
        KsefStatus.State state = KsefStatus.State.valueOf(rs.getString("state"));
        Timestamp next = rs.getTimestamp("next_attempt_at");
        boolean waiting = state != KsefStatus.State.ACCEPTED && state != KsefStatus.State.REJECTED;
        return new KsefStatus(state, rs.getString("ksef_number"), rs.getString("error"), rs.getInt("attempts"),
                waiting && next != null ? next.toInstant() : null);
    }
}
