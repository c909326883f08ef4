package pl.bramka.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code invoice} table; every read a merchant can trigger is scoped by its id. */
@Repository
class InvoiceRepository {

    private static final String COLUMNS = "id, merchant_id, service_id, transaction_id, payment_id, "
            + "corrected_invoice_id, kind, state, number, issue_date, buyer_name, buyer_email, gross, currency, "
            + "buyer_company, language, attempts, error, created_at, ksef_state, ksef_number, ksef_error";

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(Invoice invoice) {
        jdbc.sql("""
                insert into invoice (id, merchant_id, service_id, transaction_id, payment_id, corrected_invoice_id,
                    kind, state, buyer_name, buyer_email, gross, currency, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(invoice.id(), invoice.merchantId(), invoice.serviceId(), invoice.transactionId(),
                        invoice.paymentId(), invoice.correctedInvoiceId(), invoice.kind().name(),
                        invoice.buyerName(), invoice.buyerEmail(), invoice.gross(), invoice.currency(),
                        Timestamp.from(invoice.createdAt()), Timestamp.from(invoice.createdAt()))
                .update();
    }

    /** Queued invoices due at {@code now}, locked for the caller's transaction; others' locked rows are skipped. */
    List<Invoice> claimDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from invoice where state = 'QUEUED' and next_attempt_at <= ? "
                + "order by next_attempt_at, id limit ? for update skip locked")
                .params(Timestamp.from(now), limit).query(InvoiceRepository::map).list();
    }

    Optional<Invoice> find(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invoice where merchant_id = ? and id = ?").params(merchantId, id)
                .query(InvoiceRepository::map).optional();
    }

    Optional<Invoice> ofTransaction(UUID merchantId, UUID transactionId) {
        return jdbc.sql("select " + COLUMNS + " from invoice where merchant_id = ? and transaction_id = ?")
                .params(merchantId, transactionId).query(InvoiceRepository::map).optional();
    }

    List<Invoice> corrections(UUID merchantId, UUID invoiceId) {
        return jdbc.sql("select " + COLUMNS + " from invoice where corrected_invoice_id = ? and merchant_id = ? "
                + "order by created_at, id").params(invoiceId, merchantId).query(InvoiceRepository::map).list();
    }

    /** A page of the merchant's invoices, newest first, after the cursor, filtered. */
    List<Invoice> list(UUID merchantId, InvoiceFilter filter, @Nullable InvoiceCursor after, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from invoice where merchant_id = ? ");
        List<Object> params = new ArrayList<>(List.of(merchantId));
        if (filter.state() != null) {
            sql.append("and state = ? ");
            params.add(filter.state().name());
        }
        if (filter.kind() != null) {
            sql.append("and kind = ? ");
            params.add(filter.kind().name());
        }
        if (filter.query() != null) {
            sql.append("and (number = ? or buyer_name ilike ? escape '\\') ");
            params.add(filter.query());
            params.add("%" + filter.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            sql.append("and (created_at, id) < (?, ?) ");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        sql.append("order by created_at desc, id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(InvoiceRepository::map).list();
    }

    void storeIssued(UUID id, String number, LocalDate issueDate, boolean buyerCompany, String language, byte[] xml,
            byte[] pdf, Instant now) {
        jdbc.sql("""
                update invoice set state = 'ISSUED', number = ?, issue_date = ?, buyer_company = ?, language = ?,
                    xml = ?, pdf = ?, issued_at = ?, error = null where id = ?""")
                .params(number, issueDate, buyerCompany, language, xml, pdf, Timestamp.from(now), id).update();
    }

    void markSentToKsef(UUID id) {
        jdbc.sql("update invoice set ksef_state = 'OFFLINE' where id = ?").param(id).update();
    }

    /** KSeF's answer for an invoice of the merchant; false when there is no such invoice. */
    boolean recordKsefAnswer(UUID merchantId, UUID id, Invoice.KsefState state, @Nullable String number,
            @Nullable String error) {
        return jdbc.sql("update invoice set ksef_state = ?, ksef_number = ?, ksef_error = ? "
                + "where merchant_id = ? and id = ?").params(state.name(), number, error, merchantId, id).update() == 1;
    }

    void markEmailed(UUID id) {
        jdbc.sql("update invoice set state = 'EMAILED' where id = ?").param(id).update();
    }

    /** A failed attempt: retried at {@code nextAttempt}, or given up (FAILED) when that is null. */
    void markAttemptFailed(UUID id, String error, @Nullable Instant nextAttempt) {
        String shortened = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (nextAttempt == null) {
            jdbc.sql("update invoice set state = 'FAILED', attempts = attempts + 1, error = ? where id = ?")
                    .params(shortened, id).update();
        } else {
            jdbc.sql("update invoice set attempts = attempts + 1, error = ?, next_attempt_at = ? where id = ?")
                    .params(shortened, Timestamp.from(nextAttempt), id).update();
        }
    }

    /** Queues a failed invoice again; false when it was not failed. */
    boolean retry(UUID merchantId, UUID id, Instant now) {
        return jdbc.sql("update invoice set state = 'QUEUED', attempts = 0, next_attempt_at = ? "
                + "where merchant_id = ? and id = ? and state = 'FAILED'")
                .params(Timestamp.from(now), merchantId, id).update() == 1;
    }

    Optional<byte[]> xml(UUID merchantId, UUID id) {
        return jdbc.sql("select xml from invoice where merchant_id = ? and id = ? and xml is not null")
                .params(merchantId, id).query((rs, row) -> rs.getBytes(1)).optional();
    }

    Optional<byte[]> pdf(UUID merchantId, UUID id) {
        return jdbc.sql("select pdf from invoice where merchant_id = ? and id = ? and pdf is not null")
                .params(merchantId, id).query((rs, row) -> rs.getBytes(1)).optional();
    }

    private static Invoice map(ResultSet rs, int row) throws SQLException {
        java.sql.Date issueDate = rs.getDate("issue_date");
        return new Invoice(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getObject("service_id", UUID.class), rs.getObject("transaction_id", UUID.class),
                rs.getObject("payment_id", UUID.class), rs.getObject("corrected_invoice_id", UUID.class),
                InvoiceKind.valueOf(rs.getString("kind")), InvoiceState.valueOf(rs.getString("state")),
                rs.getString("number"), issueDate == null ? null : issueDate.toLocalDate(), rs.getString("buyer_name"),
                rs.getString("buyer_email"), rs.getBoolean("buyer_company"), rs.getString("language"),
                rs.getLong("gross"), rs.getString("currency"), rs.getInt("attempts"),
                rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("ksef_state") == null ? null : Invoice.KsefState.valueOf(rs.getString("ksef_state")),
                rs.getString("ksef_number"), rs.getString("ksef_error"));
    }
}
