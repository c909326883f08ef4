package pl.bramka.accounting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.accounting.ExternalInvoiceStatus.State;

/**
 * The {@code external_invoice} table: invoices waiting for the accounting service, claimed under a lease for one
 * attempt each, and what the service answered. Besides the public states a row may be {@code FAILED}: the service
 * kept failing until the last attempt, or answered
 * success without a document id.
 */
@Repository
class ExternalInvoiceQueue {

    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    ExternalInvoiceQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID merchantId, UUID serviceId, UUID transactionId, String request, Instant now) {
        jdbc.sql("""
                insert into external_invoice (transaction_id, merchant_id, service_id, request, state,
                    next_attempt_at, created_at, modified_at)
                values (?, ?, ?, cast(? as jsonb), 'QUEUED', ?, ?, ?)
                on conflict (transaction_id) do nothing""")
                .params(transactionId, merchantId, serviceId, request, Timestamp.from(now), Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /** Reads by the unique transaction id, and only the merchant's own. */
    Optional<ExternalInvoiceStatus> status(UUID merchantId, UUID transactionId) {
        return jdbc.sql("""
                select state, document_id, pdf_url, error, attempts, next_attempt_at from external_invoice
                where transaction_id = ? and merchant_id = ?""")
                .params(transactionId, merchantId)
                .query(ExternalInvoiceQueue::status).optional();
    }

    /**
     * Claims the most overdue invoice for one attempt: locked with SKIP LOCKED, so two nodes never take the same row,
     * and leased until {@code leaseUntil}, after which a crashed node's row is due again.
     */
    Optional<ClaimedInvoice> claim(Instant now, Instant leaseUntil) {
        Optional<Long> id = jdbc.sql("""
                select id from external_invoice
                where state in ('QUEUED', 'RETRYING') and next_attempt_at <= :now
                  and (lease_until is null or lease_until <= :now)
                order by next_attempt_at, id
                limit 1
                for update skip locked""")
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
        return id.map(claimed -> jdbc.sql("""
                update external_invoice set attempts = attempts + 1, lease_until = :leaseUntil, modified_at = :now
                where id = :id
                returning id, attempts, merchant_id, service_id, request::text as request""")
                .param("leaseUntil", Timestamp.from(leaseUntil)).param("now", Timestamp.from(now))
                .param("id", claimed)
                .query((rs, row) -> new ClaimedInvoice(rs.getLong("id"), rs.getInt("attempts"),
                        rs.getObject("merchant_id", UUID.class), rs.getObject("service_id", UUID.class),
                        rs.getString("request")))
                .single());
    }

    void created(ClaimedInvoice invoice, String documentId, String pdfUrl, Instant now) {
        finish(invoice, State.CREATED.name(), null, null, documentId, pdfUrl, now);
    }

    void rejected(ClaimedInvoice invoice, String error, Instant now) {
        finish(invoice, State.CONFIGURATION_ERROR.name(), error, null, null, null, now);
    }

    void retryAt(ClaimedInvoice invoice, String error, Instant nextAttemptAt, Instant now) {
        finish(invoice, State.RETRYING.name(), error, nextAttemptAt, null, null, now);
    }

    void failed(ClaimedInvoice invoice, String error, Instant now) {
        finish(invoice, FAILED, error, null, null, null, now);
    }

    /** Only the attempt that holds the row records its end, so one taken over after its lease cannot overwrite. */
    private void finish(ClaimedInvoice invoice, String state, @Nullable String error, @Nullable Instant nextAttemptAt,
            @Nullable String documentId, @Nullable String pdfUrl, Instant now) {
        jdbc.sql("""
                update external_invoice set state = ?, error = ?, next_attempt_at = ?, lease_until = null,
                       document_id = ?, pdf_url = ?, modified_at = ?
                where id = ? and attempts = ?""")
                .params(state, error, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt), documentId,
                        pdfUrl, Timestamp.from(now), invoice.id(), invoice.attempt())
                .update();
    }

    /** A row that failed for good shows as retrying with no next attempt: the public states have no "failed". */
    private static ExternalInvoiceStatus status(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("state");
        Timestamp next = rs.getTimestamp("next_attempt_at");
        return new ExternalInvoiceStatus(FAILED.equals(state) ? State.RETRYING : State.valueOf(state),
                rs.getString("document_id"), rs.getString("pdf_url"), rs.getString("error"), rs.getInt("attempts"),
                next == null ? null : next.toInstant());
    }
}
