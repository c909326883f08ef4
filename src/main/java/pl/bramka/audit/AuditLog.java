package pl.bramka.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading a merchant's entries newest first, filtered, a page at a time or all of them for the CSV file. */
@Repository
class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A query with its parameters, as the page runs it (and its plan test explains it). */
    record Query(String sql, List<Object> params) {
    }

    /** Up to {@code limit} entries matching the filter, newest first. */
    List<AuditEntry> page(UUID merchantId, AuditFilter filter, int limit) {
        Query query = pageQuery(merchantId, filter, limit);
        return jdbc.sql(query.sql()).params(query.params()).query(AuditChain::map).list();
    }

    static Query pageQuery(UUID merchantId, AuditFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(merchantId, filter, params);
        params.add(limit);
        return new Query("select " + AuditChain.COLUMNS + " from audit_entry " + where + " order by seq desc limit ?",
                params);
    }

    /** Every entry matching the filter (ignoring its keyset), newest first, one at a time. */
    void each(UUID merchantId, AuditFilter filter, Consumer<AuditEntry> consumer) {
        List<Object> params = new ArrayList<>();
        String where = where(merchantId, new AuditFilter(filter.user(), filter.kind(), filter.from(), filter.to(),
                null), params);
        jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry " + where + " order by seq desc")
                .params(params).query(rs -> {
                    consumer.accept(AuditChain.map(rs, 0));
                });
    }

    /** The users who appear in the merchant's log, for the user filter: id and the address recorded last. */
    List<Actor> actors(UUID merchantId) {
        return jdbc.sql("""
                select distinct on (actor_id) actor_id, actor from audit_entry
                where merchant_id = ? and actor_id is not null order by actor_id, seq desc""")
                .param(merchantId)
                .query((rs, row) -> new Actor(rs.getObject("actor_id", UUID.class), rs.getString("actor"))).list();
    }

    /** A user the log names (public for the page). */
    public record Actor(UUID id, String label) {
    }

    private static String where(UUID merchantId, AuditFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("where merchant_id = ?");
        params.add(merchantId);
        if (filter.user() != null) {
            where.append(" and actor_id = ?");
            params.add(filter.user());
        }
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.start() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.start()));
        }
        if (filter.end() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.end()));
        }
        if (filter.before() != null) {
            where.append(" and seq < ?");
            params.add(filter.before());
        }
        return where.toString();
    }
}
