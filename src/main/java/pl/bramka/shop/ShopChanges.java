package pl.bramka.shop;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of a shop's data: who changed which field, when, from what to what. */
@Repository
class ShopChanges {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ShopChanges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Records the change if the value really changed; returns whether it did. */
    boolean record(UUID serviceId, String field, Object oldValue, Object newValue, UUID changedBy) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (Objects.equals(before, after)) {
            return false;
        }
        jdbc.sql("insert into shop_change (service_id, field, old_value, new_value, changed_by) values (?, ?, ?, ?, ?)")
                .params(serviceId, field, before, after, changedBy).update();
        jdbc.sql("select merchant_id, name from shop where service_id = ?").param(serviceId)
                .query((rs, row) -> new ShopDataChanged(rs.getObject("merchant_id", UUID.class), serviceId,
                        rs.getString("name"), field, before, after, changedBy))
                .optional().ifPresent(events::publishEvent);
        return true;
    }

    List<ShopChange> recent(UUID serviceId, int limit) {
        return jdbc.sql("""
                select c.field, c.old_value, c.new_value, u.first_name || ' ' || u.last_name as changed_by, c.changed_at
                from shop_change c left join user_account u on u.id = c.changed_by
                where c.service_id = ? order by c.changed_at desc, c.id desc limit ?""")
                .params(serviceId, limit)
                .query((rs, row) -> new ShopChange(rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
