package pl.bramka.payment;

import static pl.bramka.payment.PaymentRepository.instant;
import static pl.bramka.payment.PaymentRepository.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.payment.acquirer.StatusDetails;

@Repository
class TransactionRepository {

    static final String COLUMNS = """
            id, payment_id, merchant_id, service_id, type, status, source, amount, currency, order_id, title,
            payment_method, payment_method_code, notification_url, sale_id, status_code, status_code_description,
            blik_transaction_id, commission, valid_to, created_at, modified_at""";

    private static final String INSERT_ONE = """
            insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount,
                currency, order_id, title, payment_method, payment_method_code, notification_url, sale_id,
                valid_to, idempotency_key, idempotency_digest, created_at, modified_at, payer_name, payer_email)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RECORD_CHANGE = """
            insert into transaction_status_change (transaction_id, from_status, to_status, event, status_code,
                occurred_at)
            values (?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;

    TransactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a new transaction with its payer copied from the payment, so the panel's search finds it by payer. */
    void insert(Transaction transaction, Customer payer, @Nullable String idempotencyKey,
            @Nullable String idempotencyDigest) {
        jdbc.sql(INSERT_ONE).params(values(transaction, payer, idempotencyKey, idempotencyDigest)).update();
    }

    /**
     * A new sale and the payment opened for it in one statement, with the sale's first timeline entry and its order:
     * one round trip instead of four. PostgreSQL checks the sale's reference to the payment at the statement's end.
     */
    void insertWithPayment(Transaction sale, Payment payment, @Nullable String idempotencyKey,
            @Nullable String idempotencyDigest) {
        List<Object> params = new ArrayList<>(PaymentRepository.values(payment));
        params.addAll(values(sale, payment.customer(), idempotencyKey, idempotencyDigest));
        params.addAll(changeValues(sale.id(), null, sale.status(), StatusChanges.CREATED, null, sale.created()));
        params.addAll(OrderRepository.createdValues(sale));
        jdbc.sql("with new_payment as (" + PaymentRepository.insertOne() + "), new_sale as (" + INSERT_ONE
                + "), first_change as (" + RECORD_CHANGE + ") " + OrderRepository.SALE_CREATED).params(params)
                .update();
    }

    private static List<Object> values(Transaction transaction, Customer payer, @Nullable String idempotencyKey,
            @Nullable String idempotencyDigest) {
        return Arrays.asList(transaction.id(), transaction.paymentId(), transaction.merchantId(),
                transaction.serviceId(), transaction.type().wire(), transaction.status().wire(),
                transaction.source().wire(), transaction.amount(), transaction.currency(), transaction.orderId(),
                transaction.title(), transaction.paymentMethod(), transaction.paymentMethodCode(),
                transaction.notificationUrl(), transaction.saleId(), timestamp(transaction.validTo()), idempotencyKey,
                idempotencyDigest, Timestamp.from(transaction.created()), Timestamp.from(transaction.modified()),
                payer.fullName(), payer.email());
    }

    /**
     * Several transactions of the demo's history in one statement, as they stand at the end (settled, with their
     * commission), each with its payer.
     */
    void insertAll(List<Transaction> rows, List<Customer> payers) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Transaction transaction = rows.get(i);
            params.addAll(Arrays.asList(transaction.id(), transaction.paymentId(), transaction.merchantId(),
                    transaction.serviceId(), transaction.type().wire(), transaction.status().wire(),
                    transaction.source().wire(), transaction.amount(), transaction.currency(), transaction.orderId(),
                    transaction.title(), transaction.paymentMethod(), transaction.paymentMethodCode(),
                    transaction.notificationUrl(), transaction.saleId(), transaction.commission(),
                    timestamp(transaction.validTo()), Timestamp.from(transaction.created()),
                    Timestamp.from(transaction.modified()), payers.get(i).fullName(), payers.get(i).email()));
        }
        jdbc.sql("""
                insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source, amount,
                    currency, order_id, title, payment_method, payment_method_code, notification_url, sale_id,
                    commission, valid_to, created_at, modified_at, payer_name, payer_email)
                values\s""" + String.join(", ", Collections.nCopies(rows.size(),
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(params).update();
    }

    Optional<Transaction> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where id = ?").param(id)
                .query(TransactionRepository::map).optional();
    }

    Optional<Transaction> findOfMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where id = ? and merchant_id = ?")
                .params(id, merchantId).query(TransactionRepository::map).optional();
    }

    Optional<Transaction> findOfShop(UUID serviceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where id = ? and service_id = ?")
                .params(id, serviceId).query(TransactionRepository::map).optional();
    }

    /** A sale attempt of one payment. */
    Optional<Transaction> findAttempt(UUID paymentId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where id = ? and payment_id = ? "
                + "and type = 'sale'").params(id, paymentId).query(TransactionRepository::map).optional();
    }

    Optional<Transaction> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where id = ? for update").param(id)
                .query(TransactionRepository::map).optional();
    }

    /**
     * The transaction an earlier request with this idempotency key created in the shop, with that request's digest
     * (API requests have one) and, for a refund, its sale.
     */
    Optional<IdempotentCreation> findByIdempotencyKey(UUID serviceId, String key) {
        return jdbc.sql("select id, idempotency_digest, sale_id from payment_transaction where service_id = ? "
                + "and idempotency_key = ?").params(serviceId, key)
                .query((rs, row) -> new IdempotentCreation(rs.getObject("id", UUID.class),
                        rs.getString("idempotency_digest"), rs.getObject("sale_id", UUID.class)))
                .optional();
    }

    record IdempotentCreation(UUID transactionId, @Nullable String digest, @Nullable UUID saleId) {
    }

    /**
     * Claims a new transaction for one call to the acquirer, until {@code until}; empty when it is not new any more
     * or another call holds an unexpired claim.
     */
    Optional<Transaction> claimForAcquirer(UUID id, Instant now, Instant until) {
        return jdbc.sql("update payment_transaction set acquirer_claimed_until = ? where id = ? and status = 'new' "
                + "and (acquirer_claimed_until is null or acquirer_claimed_until <= ?) returning " + COLUMNS)
                .params(Timestamp.from(until), id, Timestamp.from(now)).query(TransactionRepository::map).optional();
    }

    /**
     * Claims, as {@link #claimForAcquirer} does, up to {@code limit} refunds created before {@code createdBefore} that
     * are still new and unclaimed; rows another node is claiming at the same moment are skipped.
     */
    List<UUID> claimRefundsLeftNew(Instant createdBefore, Instant now, Instant until, int limit) {
        return jdbc.sql("""
                update payment_transaction set acquirer_claimed_until = ? where id in (
                    select id from payment_transaction where type = 'refund' and status = 'new' and created_at <= ?
                        and (acquirer_claimed_until is null or acquirer_claimed_until <= ?)
                    order by created_at limit ? for update skip locked)
                returning id""")
                .params(Timestamp.from(until), Timestamp.from(createdBefore), Timestamp.from(now), limit)
                .query(UUID.class).list();
    }

    /**
     * Gives back the claims {@link #claimRefundsLeftNew} made until {@code until} on refunds still new, so the next
     * run of any node takes them at once; a claim taken again since (another until) is left alone.
     */
    void releaseRefundClaims(List<UUID> ids, Instant until) {
        jdbc.sql("""
                update payment_transaction set acquirer_claimed_until = null
                where id in (:ids) and status = 'new' and acquirer_claimed_until = :until""")
                .param("ids", ids).param("until", Timestamp.from(until)).update();
    }

    List<Transaction> ofPayment(UUID paymentId) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where payment_id = ? and type = 'sale' "
                + "order by created_at, id").param(paymentId).query(TransactionRepository::map).list();
    }

    /** Walks payment_transaction_merchant_idx from its newest end. */
    static final String LATEST_OF_MERCHANT = "select " + COLUMNS + " from payment_transaction where merchant_id = ? "
            + "order by created_at desc, id desc limit ?";

    List<Transaction> latestOfMerchant(UUID merchantId, int limit) {
        return jdbc.sql(LATEST_OF_MERCHANT).params(merchantId, limit).query(TransactionRepository::map).list();
    }

    List<Transaction> refundsOf(UUID saleId) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where sale_id = ? order by created_at, id")
                .param(saleId).query(TransactionRepository::map).list();
    }

    /** Sales waiting for the acquirer's answer since before {@code startedBefore}, the longest waiting first. */
    List<Transaction> pendingSince(Instant startedBefore, int limit) {
        return jdbc.sql("select " + COLUMNS + " from payment_transaction where status = 'pending' and type = 'sale' "
                + "and modified_at <= ? order by modified_at limit ?").params(Timestamp.from(startedBefore), limit)
                .query(TransactionRepository::map).list();
    }

    /** What refunds have taken from a sale or still may: every refund that has not failed. */
    long refundedOrReserved(UUID saleId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from payment_transaction where sale_id = ? "
                + "and status not in ('rejected', 'cancelled', 'error')").param(saleId).query(Long.class).single();
    }

    /** The new status with what the acquirer reported and, for a sale that settles, the shop's commission. */
    void updateStatus(UUID id, TransactionStatus status, StatusDetails details, @Nullable Long commission,
            Instant now) {
        jdbc.sql("""
                update payment_transaction set status = ?, modified_at = ?,
                    status_code = coalesce(?, status_code),
                    status_code_description = coalesce(?, status_code_description),
                    blik_transaction_id = coalesce(?, blik_transaction_id),
                    commission = coalesce(?, commission)
                where id = ?""")
                .params(status.wire(), Timestamp.from(now), details.statusCode(), details.statusCodeDescription(),
                        details.blikTransactionId(), commission, id)
                .update();
    }

    void recordPayerAction(UUID id, String url) {
        jdbc.sql("update payment_transaction set payer_action_url = ? where id = ?").params(url, id).update();
    }

    Optional<String> payerActionUrl(UUID id) {
        return jdbc.sql("select payer_action_url from payment_transaction where id = ? and status = 'pending' "
                + "and payer_action_url is not null").param(id).query(String.class).optional();
    }

    void recordChange(UUID id, @Nullable TransactionStatus from, TransactionStatus to, String event,
            @Nullable String statusCode, Instant at) {
        jdbc.sql(RECORD_CHANGE).params(changeValues(id, from, to, event, statusCode, at)).update();
    }

    private static List<Object> changeValues(UUID id, @Nullable TransactionStatus from, TransactionStatus to,
            String event, @Nullable String statusCode, Instant at) {
        return Arrays.asList(id, from == null ? null : from.wire(), to.wire(), event, statusCode, Timestamp.from(at));
    }

    /** The timelines of several transactions in one statement, each in its order. */
    void recordChanges(Map<UUID, List<StatusChange>> changes) {
        List<Object> params = new ArrayList<>();
        changes.forEach((id, timeline) -> timeline.forEach(change -> params.addAll(Arrays.asList(id,
                change.from() == null ? null : change.from().wire(), change.to().wire(), change.event(),
                change.statusCode(), Timestamp.from(change.at())))));
        if (params.isEmpty()) {
            return;
        }
        jdbc.sql("insert into transaction_status_change (transaction_id, from_status, to_status, event, status_code, "
                + "occurred_at) values " + String.join(", ", Collections.nCopies(params.size() / 6,
                "(?, ?, ?, ?, ?, ?)"))).params(params).update();
    }

    List<StatusChange> timeline(UUID id) {
        return jdbc.sql("""
                select from_status, to_status, event, status_code, occurred_at from transaction_status_change
                where transaction_id = ? order by id""").param(id)
                .query((rs, row) -> new StatusChange(
                        rs.getString("from_status") == null ? null : TransactionStatus.ofWire(rs.getString("from_status")),
                        TransactionStatus.ofWire(rs.getString("to_status")), rs.getString("event"),
                        rs.getString("status_code"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    static Transaction map(ResultSet rs, int row) throws SQLException {
        return new Transaction(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class),
                rs.getObject("merchant_id", UUID.class), rs.getObject("service_id", UUID.class),
                TransactionType.ofWire(rs.getString("type")), TransactionStatus.ofWire(rs.getString("status")),
                PaymentSource.ofWire(rs.getString("source")), rs.getLong("amount"), rs.getString("currency"),
                rs.getString("order_id"), rs.getString("title"), rs.getString("payment_method"),
                rs.getString("payment_method_code"), rs.getString("notification_url"),
                rs.getObject("sale_id", UUID.class), rs.getString("status_code"),
                rs.getString("status_code_description"), rs.getString("blik_transaction_id"),
                (Long) rs.getObject("commission"), instant(rs.getTimestamp("valid_to")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("modified_at").toInstant());
    }
}
