package pl.bramka.user;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of user accounts: role and status changes, invitations, passwords replaced (never the password). */
@Repository
class UserChanges {

    private final JdbcClient jdbc;

    UserChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID userId, String field, @Nullable Object oldValue, @Nullable Object newValue,
            @Nullable UUID changedBy) {
        jdbc.sql("insert into user_change (user_id, field, old_value, new_value, changed_by) values (?, ?, ?, ?, ?)")
                .params(userId, field, oldValue == null ? null : oldValue.toString(),
                        newValue == null ? null : newValue.toString(), changedBy)
                .update();
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
