package pl.bramka.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MailOutbox {

    private static final String COLUMNS = "id, recipient, subject, body, sealed, status, created_at";

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of a row about to be written, so its values can be sealed for it before the insert. */
    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('mail_outbox', 'id'))").query(Long.class).single();
    }

    void add(long id, String recipient, String sealedSubject, String sealedBody, String status) {
        jdbc.sql("insert into mail_outbox (id, recipient, subject, body, sealed, status) values (?, ?, ?, ?, true, ?)")
                .params(id, recipient, sealedSubject, sealedBody, status).update();
    }

    void addAttachment(long mailId, int position, MailAttachment attachment) {
        jdbc.sql("insert into mail_attachment (mail_id, position, file_name, content_type, content) "
                + "values (?, ?, ?, ?, ?)")
                .params(mailId, position, attachment.fileName(), attachment.contentType(), attachment.content())
                .update();
    }

    List<MailAttachment> attachmentsOf(long mailId) {
        return jdbc.sql("select file_name, content_type, content from mail_attachment where mail_id = ? "
                + "order by position").param(mailId)
                .query((rs, row) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
    }

    List<AttachedFile> attachedFiles(Collection<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select mail_id, file_name, content_type, octet_length(content) as size from mail_attachment "
                + "where mail_id = any(?) order by mail_id, position").param(mailIds.toArray(Long[]::new))
                .query((rs, row) -> new AttachedFile(rs.getLong("mail_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size")))
                .list();
    }

    List<StoredMail> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox order by id desc limit ?").param(limit)
                .query(MailOutbox::map).list();
    }

    /**
     * Claims due messages for one delivery attempt by pushing their next attempt into the future; the row lock is
     * held only for this statement, so several nodes share the work without sending anything twice at once.
     */
    List<StoredMail> claimDue(int limit, Instant now, Instant claimedUntil) {
        return jdbc.sql("""
                update mail_outbox set next_attempt_at = ?, attempts = attempts + 1
                where id in (select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
                             order by next_attempt_at limit ? for update skip locked)
                returning\s""" + COLUMNS)
                .params(Timestamp.from(claimedUntil), Timestamp.from(now), limit).query(MailOutbox::map).list();
    }

    /**
     * Gives back claimed messages that were not attempted: due at {@code dueAt}, their attempt not counted. Only those
     * still held by this claim ({@code claimedUntil} as claimed): one whose claim ran out may be another node's now.
     */
    void release(List<Long> ids, Instant claimedUntil, Instant dueAt) {
        if (!ids.isEmpty()) {
            jdbc.sql("update mail_outbox set next_attempt_at = ?, attempts = attempts - 1 "
                    + "where id = any(?) and status = 'PENDING' and next_attempt_at = ?")
                    .params(Timestamp.from(dueAt), ids.toArray(Long[]::new), Timestamp.from(claimedUntil)).update();
        }
    }

    void markSent(long id, Instant at) {
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /** Schedules another attempt, or gives up once the attempts are used up. */
    void markAttemptFailed(long id, String error, int maxAttempts, Instant nextAttempt) {
        jdbc.sql("""
                update mail_outbox set last_error = ?, next_attempt_at = ?,
                       status = case when attempts >= ? then 'FAILED' else 'PENDING' end
                where id = ?""")
                .params(error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt),
                        maxAttempts, id)
                .update();
    }

    Map<Long, MailDelivery> deliveries(Collection<Long> ids) {
        Map<Long, MailDelivery> states = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, status from mail_outbox where id = any(?)").param(ids.toArray(Long[]::new))
                    .query((RowCallbackHandler) rs -> states.put(rs.getLong("id"),
                            MailDelivery.valueOf(rs.getString("status"))));
        }
        return states;
    }

    int attemptsOf(long id) {
        return jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single();
    }

    /** Stores a value sealed again (under the current key) only if the row still holds the one it was read as. */
    void replaceSealedSubject(long id, String read, String resealed) {
        jdbc.sql("update mail_outbox set subject = ? where id = ? and sealed and subject = ?")
                .params(resealed, id, read).update();
    }

    /** As {@link #replaceSealedSubject}, for the body. */
    void replaceSealedBody(long id, String read, String resealed) {
        jdbc.sql("update mail_outbox set body = ? where id = ? and sealed and body = ?")
                .params(resealed, id, read).update();
    }

    /** Plain-text rows of an earlier version, locked for sealing by the caller's transaction; other nodes skip them. */
    List<StoredMail> lockPlainText(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where not sealed order by id limit ? "
                + "for update skip locked").param(limit).query(MailOutbox::map).list();
    }

    void storeSealed(long id, String sealedSubject, @Nullable String sealedBody) {
        jdbc.sql("update mail_outbox set subject = ?, body = ?, sealed = true where id = ? and not sealed")
                .params(sealedSubject, sealedBody, id).update();
    }

    /**
     * Drops the bodies and attachments of messages done with (sent, given up, or kept locally) before
     * {@code doneBefore}, at most {@code limit} rows; rows another node is dropping are skipped. Returns how many were
     * dropped.
     */
    int dropBodies(Instant doneBefore, int limit) {
        return jdbc.sql("""
                with dropped as (
                    update mail_outbox set body = null
                    where id in (select id from mail_outbox
                                 where body is not null and status <> 'PENDING' and coalesce(sent_at, created_at) < ?
                                 limit ? for update skip locked)
                    returning id),
                attachments as (delete from mail_attachment where mail_id in (select id from dropped))
                select count(*) from dropped""")
                .params(Timestamp.from(doneBefore), limit).query(Integer.class).single();
    }

    private static StoredMail map(ResultSet rs, int row) throws SQLException {
        return new StoredMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getBoolean("sealed"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }
}
