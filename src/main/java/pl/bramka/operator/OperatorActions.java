package pl.bramka.operator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The record of every operator action (who, when, what), written in the action's own database transaction. */
@Component
class OperatorActions {

    /** One recorded action, as the console's log lists it. */
    record Entry(long id, String operatorEmail, String action, String subject, @Nullable String details,
            Instant occurredAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperatorActions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** An action that concerns no merchant: the commission table, a settlement run across all merchants. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(OperatorPrincipal operator, String action, Object subject, @Nullable String details) {
        record(operator, action, subject, details, null, null);
    }

    /** An action about {@code merchantId}'s account, shop or payout, which its own audit log records too. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(OperatorPrincipal operator, String action, Object subject, @Nullable String details,
            @Nullable UUID merchantId, @Nullable String subjectName) {
        Instant now = clock.instant();
        jdbc.sql("insert into operator_action (operator_id, action, subject, details, occurred_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(operator.id(), action, subject.toString(), details, Timestamp.from(now)).update();
        events.publishEvent(new OperatorActionTaken(operator.id(), operator.email(), action, subject.toString(),
                details, now, merchantId, subjectName));
    }

    /** The latest actions, newest first, before the entry {@code beforeId} (0: from the newest). */
    List<Entry> page(long beforeId, int limit) {
        return jdbc.sql("""
                select a.id, o.email, a.action, a.subject, a.details, a.occurred_at
                from operator_action a join operator_account o on o.id = a.operator_id
                where (? = 0 or a.id < ?) order by a.id desc limit ?""")
                .params(beforeId, beforeId, limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("email"), rs.getString("action"),
                        rs.getString("subject"), rs.getString("details"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    List<Entry> about(String subject, int limit) {
        return jdbc.sql("""
                select a.id, o.email, a.action, a.subject, a.details, a.occurred_at
                from operator_action a join operator_account o on o.id = a.operator_id
                where a.subject = ? order by a.id desc limit ?""")
                .params(subject, limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("email"), rs.getString("action"),
                        rs.getString("subject"), rs.getString("details"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
