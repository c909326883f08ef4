package pl.bramka.payment;

import java.sql.Array;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PaymentRepository {

    private static final String COLUMNS = """
            id, merchant_id, service_id, source, status, amount, currency, order_id, title, additional_description,
            customer_first_name, customer_last_name, customer_email, customer_phone, billing, shipping,
            url_success, url_failure, url_return, notification_url, visible_methods, preselect_method_code, lang,
            valid_to, created_at, modified_at""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), "
            + "?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?)";
    private static final TypeReference<Map<String, String>> ADDRESS = new TypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Payment payment) {
        insertAll(List.of(payment));
    }

    /** Several payments in one statement (the demo's history writes a day's at a time). */
    void insertAll(List<Payment> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        rows.forEach(payment -> params.addAll(values(payment)));
        jdbc.sql("insert into payment (" + COLUMNS + ") values " + String.join(", ", Collections.nCopies(rows.size(),
                ROW))).params(params).update();
    }

    /** Inserts one payment, with {@link #values} as its parameters; a part of a larger statement. */
    static String insertOne() {
        return "insert into payment (" + COLUMNS + ") values " + ROW;
    }

    static List<Object> values(Payment payment) {
        return Arrays.asList(payment.id(), payment.merchantId(), payment.serviceId(),
                payment.source().wire(), payment.status().wire(), payment.amount(), payment.currency(),
                payment.orderId(), payment.title(), payment.additionalDescription(), payment.customer().firstName(),
                payment.customer().lastName(), payment.customer().email(), payment.customer().phone(),
                json(payment.billing()), json(payment.shipping()), payment.returnUrls().success(),
                payment.returnUrls().failure(), payment.returnUrls().back(), payment.notificationUrl(),
                textArray(payment.visibleMethods()), payment.preselectMethodCode(), payment.lang(),
                timestamp(payment.validTo()), Timestamp.from(payment.created()), Timestamp.from(payment.modified()));
    }

    Optional<Payment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment where id = ?").param(id).query(this::map).optional();
    }

    Optional<Payment> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment where id = ? for update").param(id).query(this::map)
                .optional();
    }

    Optional<Payment> findOfShop(UUID serviceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment where id = ? and service_id = ?").params(id, serviceId)
                .query(this::map).optional();
    }

    Optional<Payment> findOfMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment where id = ? and merchant_id = ?").params(id, merchantId)
                .query(this::map).optional();
    }

    void recordFirstVisit(UUID id, Instant now) {
        jdbc.sql("update payment set first_visited_at = ? where id = ? and first_visited_at is null")
                .params(Timestamp.from(now), id).update();
    }

    Optional<Instant> firstVisit(UUID id) {
        return jdbc.sql("select first_visited_at from payment where id = ? and first_visited_at is not null")
                .param(id).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    void updateStatus(UUID id, TransactionStatus status, Instant now) {
        jdbc.sql("update payment set status = ?, modified_at = ? where id = ?")
                .params(status.wire(), Timestamp.from(now), id).update();
    }

    /**
     * Payments past their validity that nobody paid and nobody is paying (untouched, or with a refused last attempt),
     * locked for this node; another node skips them. A payment shows how its latest attempt stands and a new attempt
     * starts only after the last one ended, so one that is {@code pending} or {@code authorized} waits at the
     * acquirer: it is left for the acquirer's answer, and cancelled here once that answer is a refusal.
     */
    List<UUID> claimExpired(Instant now, int limit) {
        return jdbc.sql("""
                select id from payment where status in ('new', 'rejected', 'error') and valid_to <= ?
                order by valid_to limit ? for update skip locked""")
                .params(Timestamp.from(now), limit).query(UUID.class).list();
    }

    private Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getObject("service_id", UUID.class), PaymentSource.ofWire(rs.getString("source")),
                TransactionStatus.ofWire(rs.getString("status")), rs.getLong("amount"), rs.getString("currency"),
                rs.getString("order_id"), rs.getString("title"), rs.getString("additional_description"),
                new Customer(rs.getString("customer_first_name"), rs.getString("customer_last_name"),
                        rs.getString("customer_email"), rs.getString("customer_phone")),
                address(rs.getString("billing")), address(rs.getString("shipping")),
                new ReturnUrls(rs.getString("url_success"), rs.getString("url_failure"), rs.getString("url_return")),
                rs.getString("notification_url"), list(rs.getArray("visible_methods")),
                rs.getString("preselect_method_code"), rs.getString("lang"), instant(rs.getTimestamp("valid_to")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("modified_at").toInstant());
    }

    private static @Nullable String json(@Nullable Map<String, String> address) {
        return address == null ? null : JSON.writeValueAsString(address);
    }

    private static @Nullable Map<String, String> address(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, ADDRESS);
    }

    /** PostgreSQL's array literal, e.g. {@code {card,blik}}; the names are imoje's, letters and underscores. */
    private static @Nullable String textArray(@Nullable List<String> values) {
        return values == null ? null : "{" + String.join(",", values) + "}";
    }

    private static @Nullable List<String> list(@Nullable Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
