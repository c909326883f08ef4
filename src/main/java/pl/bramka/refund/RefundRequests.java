package pl.bramka.refund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The refund_request table; every lookup a user can trigger is within their merchant. */
@Repository
class RefundRequests {

    private static final String COLUMNS = "id, merchant_id, sale_id, amount, currency, title, status, requested_by, "
            + "requested_at, decided_by, decided_at, refund_id, failure";

    private final JdbcClient jdbc;

    RefundRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes requests for one sale queue up until the caller's database transaction ends. */
    void lockSale(UUID saleId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(saleId.toString()).query(rs -> {
        });
    }

    /** Writes a request once per form token: a form submitted again adds nothing. */
    void insert(RefundRequest request, String formToken) {
        jdbc.sql("""
                insert into refund_request (id, merchant_id, sale_id, amount, currency, title, status, form_token,
                    requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (sale_id, form_token) do nothing""")
                .params(request.id(), request.merchantId(), request.saleId(), request.amount(), request.currency(),
                        request.title(), request.status().name(), formToken, request.requestedBy(),
                        Timestamp.from(request.requestedAt()))
                .update();
    }

    /**
     * What the sale's requests would still refund: those awaiting a decision, and those approved whose refund is not
     * written yet (an approval is recorded before its refund is made).
     */
    long pendingAmount(UUID saleId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from refund_request where sale_id = ? "
                + "and (status = 'PENDING' or status = 'APPROVED' and refund_id is null)")
                .param(saleId).query(Long.class).single();
    }

    /** A sale's requests, newest first. */
    List<RefundRequest> ofSale(UUID merchantId, UUID saleId) {
        return jdbc.sql("select " + COLUMNS + " from refund_request where sale_id = ? and merchant_id = ? "
                + "order by requested_at desc").params(saleId, merchantId).query(RefundRequests::map).list();
    }

    Optional<RefundRequest> find(UUID merchantId, UUID saleId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from refund_request where id = ? and merchant_id = ? and sale_id = ?")
                .params(id, merchantId, saleId).query(RefundRequests::map).optional();
    }

    /**
     * Decides a pending request as someone other than its requester; empty when it is not pending any more or the
     * decider asked for it (of two people deciding at once, one wins).
     */
    Optional<RefundRequest> decide(UUID merchantId, UUID saleId, UUID id, UUID decider, RefundRequest.Status decision,
            Instant now) {
        return jdbc.sql("update refund_request set status = ?, decided_by = ?, decided_at = ? where id = ? "
                + "and merchant_id = ? and sale_id = ? and status = 'PENDING' and requested_by <> ? returning "
                + COLUMNS)
                .params(decision.name(), decider, Timestamp.from(now), id, merchantId, saleId, decider)
                .query(RefundRequests::map).optional();
    }

    /** Approved requests whose refund was never recorded, decided before {@code decidedBefore}, oldest first. */
    List<RefundRequest> approvedWithoutRefund(Instant decidedBefore, int limit) {
        return jdbc.sql("select " + COLUMNS + " from refund_request where status = 'APPROVED' and refund_id is null "
                + "and decided_at < ? order by decided_at limit ?")
                .params(Timestamp.from(decidedBefore), limit).query(RefundRequests::map).list();
    }

    void recordRefund(UUID id, UUID refundId) {
        jdbc.sql("update refund_request set refund_id = ? where id = ?").params(refundId, id).update();
    }

    void recordFailure(UUID id, String failure) {
        jdbc.sql("update refund_request set status = 'FAILED', failure = ? where id = ?").params(failure, id).update();
    }

    private static RefundRequest map(ResultSet rs, int row) throws SQLException {
        return new RefundRequest(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getObject("sale_id", UUID.class), rs.getLong("amount"), rs.getString("currency"),
                rs.getString("title"), RefundRequest.Status.valueOf(rs.getString("status")),
                rs.getObject("requested_by", UUID.class), rs.getTimestamp("requested_at").toInstant(),
                rs.getObject("decided_by", UUID.class), instant(rs.getTimestamp("decided_at")),
                rs.getObject("refund_id", UUID.class), rs.getString("failure"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
