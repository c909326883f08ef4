package pl.bramka.ksef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ksef_submission} table: invoices handed over for KSeF and where each stands. */
@Repository
class KsefQueue {

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

    private static KsefStatus status(ResultSet rs, int row) throws SQLException {
        KsefStatus.State state = KsefStatus.State.valueOf(rs.getString("state"));
        Timestamp next = rs.getTimestamp("next_attempt_at");
        boolean waiting = state != KsefStatus.State.ACCEPTED && state != KsefStatus.State.REJECTED;
        return new KsefStatus(state, rs.getString("ksef_number"), rs.getString("error"), rs.getInt("attempts"),
                waiting && next != null ? next.toInstant() : null);
    }
}
