package pl.bramka.payout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payout tables. Every read a merchant can trigger is scoped by the merchant's id. */
@Repository
class PayoutRepository {

    private static final String COLUMNS = """
            id, merchant_id, service_id, currency, period, status, sales_amount, refunds_amount, commission,
            carried_amount, amount, iban, created_at, sent_at, returned_at""";
    private static final String ITEM_COLUMNS = "id, kind, transaction_id, source_payout, amount, commission, "
            + "occurred_at";

    static final String MERCHANT_FIRST_PAGE = "select " + COLUMNS + " from payout where merchant_id = ? "
            + "order by period desc, id desc limit ?";
    static final String MERCHANT_NEXT_PAGE = "select " + COLUMNS + " from payout where merchant_id = ? "
            + "and (period, id) < (?, ?) order by period desc, id desc limit ?";
    static final String ITEMS_PAGE = "select " + ITEM_COLUMNS + " from payout_item where payout_id = ? and id > ? "
            + "order by id limit ?";

    /** An item waiting for a payout, as the run groups them. */
    record WaitingItem(long id, UUID merchantId, UUID serviceId, String currency, PayoutItem.Kind kind, long amount,
            long commission) {
    }

    private final JdbcClient jdbc;

    PayoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A settled transaction's item; a second call for the same transaction changes nothing. */
    void addTransactionItem(UUID merchantId, UUID serviceId, String currency, PayoutItem.Kind kind,
            UUID transactionId, long amount, long commission, Instant occurredAt) {
        jdbc.sql("""
                insert into payout_item (merchant_id, service_id, currency, kind, transaction_id, amount, commission,
                    occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (transaction_id) do nothing""")
                .params(merchantId, serviceId, currency, wire(kind), transactionId, amount, commission,
                        Timestamp.from(occurredAt))
                .update();
    }

    /** The balance of {@code source} brought into the shop's next payout. */
    void addBalanceItem(Payout source, PayoutItem.Kind kind, long amount, Instant occurredAt) {
        jdbc.sql("""
                insert into payout_item (merchant_id, service_id, currency, kind, source_payout, amount, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(source.merchantId(), source.serviceId(), source.currency(), wire(kind), source.id(), amount,
                        Timestamp.from(occurredAt))
                .update();
    }

    /** The days (periods) of the items that wait for a payout, oldest first. */
    List<LocalDate> waitingPeriods(Instant before, int cutOffSeconds) {
        return jdbc.sql("""
                select distinct ((occurred_at at time zone 'Europe/Warsaw') - make_interval(secs => ?))::date
                from payout_item where payout_id is null and occurred_at < ? order by 1""")
                .params(cutOffSeconds, Timestamp.from(before)).query(LocalDate.class).list();
    }

    /** As {@link #waitingPeriods}, of one merchant's items (few wait: the index of waiting items serves it). */
    List<LocalDate> waitingPeriodsOf(UUID merchantId, Instant before, int cutOffSeconds) {
        return jdbc.sql("""
                select distinct ((occurred_at at time zone 'Europe/Warsaw') - make_interval(secs => ?))::date
                from payout_item where merchant_id = ? and payout_id is null and occurred_at < ? order by 1""")
                .params(cutOffSeconds, merchantId, Timestamp.from(before)).query(LocalDate.class).list();
    }

    /** As {@link #lockWaitingItems}, of one merchant's items. */
    List<WaitingItem> lockWaitingItemsOf(UUID merchantId, Instant before) {
        return jdbc.sql("""
                select id, merchant_id, service_id, currency, kind, amount, commission from payout_item
                where merchant_id = ? and payout_id is null and occurred_at < ? order by id for update""")
                .params(merchantId, Timestamp.from(before))
                .query((rs, row) -> new WaitingItem(rs.getLong("id"), rs.getObject("merchant_id", UUID.class),
                        rs.getObject("service_id", UUID.class), rs.getString("currency"), kind(rs.getString("kind")),
                        rs.getLong("amount"), rs.getLong("commission")))
                .list();
    }

    /** Items that wait for a payout and occurred before {@code before}, locked until the run commits. */
    List<WaitingItem> lockWaitingItems(Instant before) {
        return jdbc.sql("""
                select id, merchant_id, service_id, currency, kind, amount, commission from payout_item
                where payout_id is null and occurred_at < ? order by id for update""")
                .param(Timestamp.from(before))
                .query((rs, row) -> new WaitingItem(rs.getLong("id"), rs.getObject("merchant_id", UUID.class),
                        rs.getObject("service_id", UUID.class), rs.getString("currency"), kind(rs.getString("kind")),
                        rs.getLong("amount"), rs.getLong("commission")))
                .list();
    }

    /** Whether the payout was written: false when the shop already has one for that currency and period. */
    boolean insert(Payout payout) {
        return jdbc.sql("""
                insert into payout (id, merchant_id, service_id, currency, period, status, sales_amount,
                    refunds_amount, commission, carried_amount, amount, iban, created_at, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (service_id, currency, period) do nothing""")
                .params(payout.id(), payout.merchantId(), payout.serviceId(), payout.currency(), payout.period(),
                        payout.status().wire(), payout.salesAmount(), payout.refundsAmount(), payout.commission(),
                        payout.carriedAmount(), payout.amount(), payout.iban(), Timestamp.from(payout.createdAt()),
                        payout.sentAt() == null ? null : Timestamp.from(payout.sentAt()))
                .update() == 1;
    }

    void attach(UUID payoutId, List<Long> itemIds) {
        jdbc.sql("update payout_item set payout_id = ? where id = any(?) and payout_id is null")
                .params(payoutId, itemIds.toArray(Long[]::new)).update();
    }

    /** Marks a scheduled payout sent; false when it is not scheduled (any more). */
    boolean markSent(UUID id, Instant at) {
        return jdbc.sql("update payout set status = 'sent', sent_at = ? where id = ? and status = 'scheduled'")
                .params(Timestamp.from(at), id).update() == 1;
    }

    /** Marks a sent payout returned; false when it is not sent. */
    boolean markReturned(UUID id, Instant at) {
        return jdbc.sql("update payout set status = 'returned', returned_at = ? where id = ? and status = 'sent'")
                .params(Timestamp.from(at), id).update() == 1;
    }

    Optional<Payout> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payout where id = ?").param(id)
                .query(PayoutRepository::payout).optional();
    }

    Optional<Payout> findOfMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payout where id = ? and merchant_id = ?").params(id, merchantId)
                .query(PayoutRepository::payout).optional();
    }

    /** A merchant's payouts, newest period first, after the keyset position {@code after} (exclusive). */
    List<Payout> ofMerchant(UUID merchantId, @Nullable PayoutCursor after, int limit) {
        if (after == null) {
            return jdbc.sql(MERCHANT_FIRST_PAGE).params(merchantId, limit).query(PayoutRepository::payout).list();
        }
        return jdbc.sql(MERCHANT_NEXT_PAGE).params(merchantId, after.period(), after.id(), limit)
                .query(PayoutRepository::payout).list();
    }

    /** Every merchant's payouts, for the operator, optionally of one status, newest period first. */
    List<Payout> all(@Nullable PayoutStatus status, @Nullable PayoutCursor after, int limit) {
        String statusFilter = status == null ? "" : " and status = '" + status.wire() + "'";
        if (after == null) {
            return jdbc.sql("select " + COLUMNS + " from payout where true" + statusFilter
                    + " order by period desc, id desc limit ?").param(limit).query(PayoutRepository::payout).list();
        }
        return jdbc.sql("select " + COLUMNS + " from payout where (period, id) < (?, ?)" + statusFilter
                        + " order by period desc, id desc limit ?")
                .params(after.period(), after.id(), limit).query(PayoutRepository::payout).list();
    }

    /** A payout's items in the order they occurred, after the item {@code afterId}. */
    List<PayoutItem> items(UUID payoutId, long afterId, int limit) {
        return jdbc.sql(ITEMS_PAGE).params(payoutId, afterId, limit).query(PayoutRepository::item).list();
    }

    /**
     * The merchant's payouts of the days {@code first} to {@code last}, oldest first, of the given shops (all when
     * empty) and currency (all when null); read by the index of the merchant's payouts by period.
     */
    List<Payout> ofMerchantInPeriods(UUID merchantId, LocalDate first, LocalDate last, Set<UUID> shops,
            @Nullable String currency) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS
                + " from payout where merchant_id = ? and period >= ? and period <= ?");
        List<Object> params = new ArrayList<>(List.of(merchantId, first, last));
        if (!shops.isEmpty()) {
            sql.append(" and service_id = any(cast(? as uuid[]))");
            params.add("{" + shops.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")) + "}");
        }
        if (currency != null) {
            sql.append(" and currency = ?");
            params.add(currency);
        }
        sql.append(" order by period, id");
        return jdbc.sql(sql.toString()).params(params).query(PayoutRepository::payout).list();
    }

    /** The payout holding a transaction of the merchant, if it was paid out yet. */
    Optional<Payout> ofTransaction(UUID merchantId, UUID transactionId) {
        return jdbc.sql("""
                select p.id, p.merchant_id, p.service_id, p.currency, p.period, p.status, p.sales_amount,
                    p.refunds_amount, p.commission, p.carried_amount, p.amount, p.iban, p.created_at, p.sent_at,
                    p.returned_at
                from payout_item i join payout p on p.id = i.payout_id
                where i.transaction_id = ? and i.merchant_id = ?""")
                .params(transactionId, merchantId).query(PayoutRepository::payout).optional();
    }

    static String wire(PayoutItem.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static PayoutItem.Kind kind(String wire) {
        return PayoutItem.Kind.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    private static Payout payout(ResultSet rs, int row) throws SQLException {
        return new Payout(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getObject("service_id", UUID.class), rs.getString("currency"),
                rs.getObject("period", LocalDate.class), PayoutStatus.ofWire(rs.getString("status")),
                rs.getLong("sales_amount"), rs.getLong("refunds_amount"), rs.getLong("commission"),
                rs.getLong("carried_amount"), rs.getLong("amount"), rs.getString("iban"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("returned_at")));
    }

    private static PayoutItem item(ResultSet rs, int row) throws SQLException {
        return new PayoutItem(rs.getLong("id"), kind(rs.getString("kind")), rs.getObject("transaction_id", UUID.class),
                rs.getObject("source_payout", UUID.class), rs.getLong("amount"), rs.getLong("commission"),
                instant(rs.getTimestamp("occurred_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
