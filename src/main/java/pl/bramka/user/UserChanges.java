package pl.bramka.user;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of user accounts: role and status changes, invitations, passwords replaced (never the password). */
@Repository
class UserChanges {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    UserChanges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void record(UUID userId, String field, @Nullable Object oldValue, @Nullable Object newValue,
            @Nullable UUID changedBy) {
        jdbc.sql("insert into user_change (user_id, field, old_value, new_value, changed_by) values (?, ?, ?, ?, ?)")
                .params(userId, field, oldValue == null ? null : oldValue.toString(),
                        newValue == null ? null : newValue.toString(), changedBy)
                .update();
        jdbc.sql("select merchant_id, email from user_account where id = ?").param(userId)
                .query((rs, row) -> new UserChanged(rs.getObject("merchant_id", UUID.class), userId,
                        rs.getString("email"), field, oldValue == null ? null : oldValue.toString(),
                        newValue == null ? null : newValue.toString(), changedBy))
                .optional().ifPresent(events::publishEvent);
    }

    List<UserChange> recent(UUID userId, int limit) {
        return jdbc.sql("""
                select c.field, c.old_value, c.new_value, u.first_name || ' ' || u.last_name as changed_by, c.changed_at
                from user_change c left join user_account u on u.id = c.changed_by
                where c.user_id = ? order by c.changed_at desc, c.id desc limit ?""")
                .params(userId, limit)
                .query((rs, row) -> new UserChange(rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
