package pl.bramka.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String recipient, String subject, String body, String status) {
        jdbc.sql("insert into mail_outbox (recipient, subject, body, status) values (?, ?, ?, ?)")
                .params(recipient, subject, body, status).update();
    }

    List<OutgoingMail> recent(int limit) {
        return jdbc.sql("select id, recipient, subject, body, status, created_at from mail_outbox "
                + "order by id desc limit ?").param(limit).query(MailOutbox::map).list();
    }

    /**
     * Claims due messages for one delivery attempt by pushing their next attempt into the future; the row lock is
     * held only for this statement, so several nodes share the work without sending anything twice at once.
     */
    List<OutgoingMail> claimDue(int limit, Instant now, Instant claimedUntil) {
        return jdbc.sql("""
                update mail_outbox set next_attempt_at = ?, attempts = attempts + 1
                where id in (select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
                             order by next_attempt_at limit ? for update skip locked)
                returning id, recipient, subject, body, status, created_at""")
                .params(Timestamp.from(claimedUntil), Timestamp.from(now), limit).query(MailOutbox::map).list();
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

    int attemptsOf(long id) {
        return jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single();
    }

    private static OutgoingMail map(ResultSet rs, int row) throws SQLException {
        return new OutgoingMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getString("status"), rs.getTimestamp("created_at").toInstant());
    }
}
