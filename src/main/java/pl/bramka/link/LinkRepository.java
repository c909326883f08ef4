package pl.bramka.link;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.payment.Customer;
import pl.bramka.payment.TransactionStatus;

@Repository
class LinkRepository {

    private static final String COLUMNS = """
            l.id, l.merchant_id, l.service_id, l.kind, l.code, l.title, l.description, l.currency, l.amount,
            l.amount_min, l.amount_max, l.order_id, l.customer_name, l.customer_email, l.methods, l.use_limit,
            l.valid_to, l.payer_fields, l.created_by, l.created_at, l.deactivated_at""";

    /**
     * A link's state from its row, its single payment (one-time and API links) and its settled uses; the same rules
     * as {@link PaymentLinks#stateOf}, here so that the list can filter by state and still page by keyset.
     */
    private static final String STATE = """
            case
                when l.kind <> 'reusable' and single.status = 'settled' then 'paid'
                when l.kind = 'reusable' and l.use_limit is not null and coalesce(paid.uses, 0) >= l.use_limit
                    then 'paid'
                when l.deactivated_at is not null then 'cancelled'
                when l.kind <> 'reusable' and single.status = 'cancelled'
                    and (single.valid_to is null or single.valid_to > :now) then 'cancelled'
                when l.kind <> 'reusable' and single.valid_to <= :now then 'expired'
                when l.kind = 'reusable' and l.valid_to <= :now then 'expired'
                else 'active'
            end""";

    private static final String LISTED = """
            select * from (
                select %s, coalesce(paid.uses, 0) as uses, coalesce(paid.total, 0) as total, %s as state
                from payment_link l
                left join lateral (
                    select p.status, p.valid_to from payment_link_payment lp join payment p on p.id = lp.payment_id
                    where lp.link_id = l.id and l.kind <> 'reusable' limit 1) single on true
                left join lateral (
                    select count(*) as uses, sum(p.amount) as total
                    from payment_link_payment lp join payment p on p.id = lp.payment_id
                    where lp.link_id = l.id and p.status = 'settled') paid on true
                where l.merchant_id = :merchant %s
            ) listed""".formatted(COLUMNS, STATE, "%s");

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Link link) {
        jdbc.sql("""
                insert into payment_link (id, merchant_id, service_id, kind, code, title, description, currency,
                    amount, amount_min, amount_max, order_id, customer_name, customer_email, methods, use_limit,
                    valid_to, payer_fields, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?, cast(? as text[]), ?, ?)""")
                .params(link.id(), link.merchantId(), link.serviceId(), link.kind().wire(), link.code(),
                        link.title(), link.description(), link.currency(), link.amount(), link.amountMin(),
                        link.amountMax(), link.orderId(), link.customerName(), link.customerEmail(),
                        textArray(link.methods()), link.useLimit(), timestamp(link.validTo()),
                        textArray(link.payerFields().stream().map(PayerField::wire).toList()), link.createdBy(),
                        Timestamp.from(link.created()))
                .update();
    }

    void addPayment(UUID linkId, UUID paymentId, Instant now) {
        jdbc.sql("insert into payment_link_payment (payment_id, link_id, created_at) values (?, ?, ?)")
                .params(paymentId, linkId, Timestamp.from(now)).update();
    }

    Optional<Link> findOfMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_link l where l.id = ? and l.merchant_id = ?")
                .params(id, merchantId).query(LinkRepository::map).optional();
    }

    Optional<Link> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from payment_link l where l.code = ?").param(code)
                .query(LinkRepository::map).optional();
    }

    /** The link's row, locked until the end of the transaction: payers of one reusable link open payments in turn. */
    Optional<Link> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payment_link l where l.id = ? for update").param(id)
                .query(LinkRepository::map).optional();
    }

    void deactivate(UUID id, Instant now) {
        jdbc.sql("update payment_link set deactivated_at = ? where id = ? and deactivated_at is null")
                .params(Timestamp.from(now), id).update();
    }

    /** The link's payments, oldest first. */
    List<UUID> paymentsOf(UUID linkId) {
        return jdbc.sql("select payment_id from payment_link_payment where link_id = ? order by created_at, payment_id")
                .param(linkId).query(UUID.class).list();
    }

    /**
     * A page of one link's payments of this merchant with their sale attempts, newest first (older than the cursor
     * when there is one), at most {@code limit}: one query along payment_link_payment_keyset_idx.
     */
    List<LinkPayment> paymentsPage(UUID merchantId, UUID linkId, @Nullable LinkCursor older, int limit) {
        ListQuery query = paymentsQuery(merchantId, linkId, older, limit);
        return jdbc.sql(query.sql()).params(query.parameters()).query(LinkRepository::mapPayment).list();
    }

    static ListQuery paymentsQuery(UUID merchantId, UUID linkId, @Nullable LinkCursor older, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("merchant", merchantId);
        parameters.put("link", linkId);
        parameters.put("limit", limit);
        String after = "";
        if (older != null) {
            after = " and (lp.created_at, lp.payment_id) < (:at, :key)";
            parameters.put("at", Timestamp.from(older.at()));
            parameters.put("key", older.id());
        }
        return new ListQuery("""
                select p.id, lp.created_at as listed_at, p.created_at, p.status, p.amount, p.currency,
                    p.customer_first_name, p.customer_last_name, p.customer_email, p.customer_phone,
                    attempts.ids as attempt_ids, attempts.methods as attempt_methods,
                    attempts.statuses as attempt_statuses
                from payment_link_payment lp
                join payment p on p.id = lp.payment_id and p.merchant_id = :merchant
                left join lateral (
                    select array_agg(t.id::text order by t.created_at, t.id) as ids,
                        array_agg(t.payment_method::text order by t.created_at, t.id) as methods,
                        array_agg(t.status::text order by t.created_at, t.id) as statuses
                    from payment_transaction t where t.payment_id = p.id and t.type = 'sale') attempts on true
                where lp.link_id = :link%s
                order by lp.created_at desc, lp.payment_id desc limit :limit""".formatted(after), parameters);
    }

    /** One link of this merchant as the list shows it: its state, settled uses and total, computed in SQL. */
    Optional<ListedLink> listed(UUID merchantId, UUID id, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("merchant", merchantId);
        parameters.put("now", Timestamp.from(now));
        parameters.put("id", id);
        return jdbc.sql(LISTED.formatted(" and l.id = :id")).params(parameters).query(LinkRepository::mapListed)
                .optional();
    }

    /** How many of the link's payments settled. */
    int settledUses(UUID linkId) {
        return jdbc.sql("""
                select count(*) from payment_link_payment lp join payment p on p.id = lp.payment_id
                where lp.link_id = ? and p.status = 'settled'""").param(linkId).query(Integer.class).single();
    }

    /**
     * The places of a reusable link's limit taken at {@code now}: its settled payments, and those that may still
     * settle. A payment at the acquirer (pending, authorized) may settle whatever its validity; one that is new or
     * whose last attempt failed may until its validity passes (then the payment core refuses new attempts, whether or
     * not its expiry job has cancelled it yet). Cancelled payments and expired unpaid ones hold no place.
     */
    PlacesTaken placesTaken(UUID linkId, Instant now) {
        return jdbc.sql("""
                select count(*) filter (where p.status = 'settled') as settled,
                    count(*) filter (where p.status in ('pending', 'authorized')
                        or (p.status in ('new', 'rejected', 'error') and (p.valid_to is null or p.valid_to > ?)))
                        as in_progress
                from payment_link_payment lp join payment p on p.id = lp.payment_id
                where lp.link_id = ?""").params(Timestamp.from(now), linkId)
                .query((rs, row) -> new PlacesTaken(rs.getInt("settled"), rs.getInt("in_progress"))).single();
    }

    /** A reusable link's places: held by settled payments, and by payments that may still settle. */
    record PlacesTaken(int settled, int inProgress) {

        int total() {
            return settled + inProgress;
        }
    }

    /**
     * A page of the merchant's links matching the filter, newest first (or oldest first going newer from a cursor),
     * at most {@code limit}.
     */
    List<ListedLink> page(LinkCriteria criteria, @Nullable LinkCursor cursor, int limit, Instant now) {
        ListQuery query = listQuery(criteria, cursor, limit, now);
        return jdbc.sql(query.sql()).params(query.parameters()).query(LinkRepository::mapListed).list();
    }

    /** A list's SQL with its named parameters; the query-plan test explains it as the page runs it. */
    record ListQuery(String sql, Map<String, Object> parameters) {
    }

    static ListQuery listQuery(LinkCriteria criteria, @Nullable LinkCursor cursor, int limit, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("merchant", criteria.merchantId());
        parameters.put("now", Timestamp.from(now));
        parameters.put("limit", limit);
        List<String> conditions = new ArrayList<>();
        if (criteria.serviceId() != null) {
            conditions.add("l.service_id = :shop");
            parameters.put("shop", criteria.serviceId());
        }
        if (criteria.kind() != null) {
            conditions.add("l.kind = :kind");
            parameters.put("kind", criteria.kind().wire());
        }
        if (criteria.text() != null) {
            conditions.add("(l.title ilike :text escape '\\' or l.order_id ilike :text escape '\\')");
            parameters.put("text", "%" + criteria.text().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        String where = conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
        List<String> outer = new ArrayList<>();
        if (criteria.state() != null) {
            outer.add("state = :state");
            parameters.put("state", criteria.state().wire());
        }
        boolean newer = cursor != null && !cursor.older();
        if (cursor != null) {
            outer.add(newer ? "(created_at, id) > (:at, :key)" : "(created_at, id) < (:at, :key)");
            parameters.put("at", Timestamp.from(cursor.at()));
            parameters.put("key", cursor.id());
        }
        String sql = LISTED.formatted(where) + (outer.isEmpty() ? "" : " where " + String.join(" and ", outer))
                + (newer ? " order by created_at, id" : " order by created_at desc, id desc") + " limit :limit";
        return new ListQuery(sql, parameters);
    }

    private static ListedLink mapListed(ResultSet rs, int row) throws SQLException {
        return new ListedLink(map(rs, row), LinkState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                rs.getInt("uses"), rs.getLong("total"));
    }

    private static LinkPayment mapPayment(ResultSet rs, int row) throws SQLException {
        List<String> ids = list(rs.getArray("attempt_ids"));
        List<LinkPayment.Attempt> attempts = new ArrayList<>();
        if (ids != null) {
            List<String> methods = list(rs.getArray("attempt_methods"));
            List<String> statuses = list(rs.getArray("attempt_statuses"));
            for (int i = 0; i < ids.size(); i++) {
                attempts.add(new LinkPayment.Attempt(UUID.fromString(ids.get(i)), methods.get(i),
                        TransactionStatus.ofWire(statuses.get(i))));
            }
        }
        return new LinkPayment(rs.getObject("id", UUID.class), rs.getTimestamp("listed_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(), TransactionStatus.ofWire(rs.getString("status")),
                rs.getLong("amount"), rs.getString("currency"), new Customer(rs.getString("customer_first_name"),
                        rs.getString("customer_last_name"), rs.getString("customer_email"),
                        rs.getString("customer_phone")), attempts);
    }

    private static Link map(ResultSet rs, int row) throws SQLException {
        List<String> fields = list(rs.getArray("payer_fields"));
        Set<PayerField> payerFields = fields == null || fields.isEmpty() ? EnumSet.noneOf(PayerField.class)
                : fields.stream().map(PayerField::ofWire).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(PayerField.class)));
        return new Link(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getObject("service_id", UUID.class), LinkKind.ofWire(rs.getString("kind")), rs.getString("code"),
                rs.getString("title"), rs.getString("description"), rs.getString("currency"),
                rs.getObject("amount", Long.class), rs.getObject("amount_min", Long.class),
                rs.getObject("amount_max", Long.class), rs.getString("order_id"), rs.getString("customer_name"),
                rs.getString("customer_email"), list(rs.getArray("methods")), rs.getObject("use_limit", Integer.class),
                instant(rs.getTimestamp("valid_to")), payerFields, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("deactivated_at")));
    }

    /** PostgreSQL's array literal; the values are imoje's method names or field names, letters and underscores. */
    private static @Nullable String textArray(@Nullable List<String> values) {
        return values == null ? null : "{" + String.join(",", values) + "}";
    }

    private static @Nullable List<String> list(@Nullable Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
