package pl.bramka.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored chains: appending to a merchant's chain under the lock of its head, and reading it back in order. */
@Repository
class AuditChain {

    static final String COLUMNS = "merchant_id, seq, occurred_at, actor_id, actor, address, kind, target, detail, "
            + "old_value, new_value, previous_hash, entry_hash";

    /** The last entry of a chain as its head row records it. */
    record Head(long lastSeq, String lastHash) {
    }

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the merchant's head row for the rest of the caller's transaction, creating it for the first entry. Two
     * writers of one merchant queue here, so each sees the other's entry as its predecessor.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Head lockHead(UUID merchantId) {
        jdbc.sql("insert into audit_chain (merchant_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
                .params(merchantId, AuditEntry.GENESIS).update();
        return jdbc.sql("select last_seq, last_hash from audit_chain where merchant_id = ? for update")
                .param(merchantId).query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void append(AuditEntry entry) {
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.merchantId(), entry.seq(), Timestamp.from(entry.occurredAt()), entry.actorId(),
                        entry.actor(), entry.address(), entry.kind(), entry.target(), entry.detail(),
                        entry.oldValue(), entry.newValue(), entry.previousHash(), entry.entryHash())
                .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where merchant_id = ?")
                .params(entry.seq(), entry.entryHash(), entry.merchantId()).update();
    }

    Optional<Head> head(UUID merchantId) {
        return jdbc.sql("select last_seq, last_hash from audit_chain where merchant_id = ?").param(merchantId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Up to {@code limit} entries after {@code afterSeq}, oldest first: verification reads the chain in slices. */
    List<AuditEntry> slice(UUID merchantId, long afterSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where merchant_id = ? and seq > ? order by seq limit ?")
                .params(merchantId, afterSeq, limit).query(AuditChain::map).list();
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getObject("merchant_id", UUID.class), rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor"), rs.getString("address"), rs.getString("kind"), rs.getString("target"),
                rs.getString("detail"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
