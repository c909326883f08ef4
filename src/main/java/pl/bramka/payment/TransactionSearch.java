package pl.bramka.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import pl.bramka.shared.Ids;

/**
 * The panel's transaction list: filters, the search box and keyset pagination, newest first. Every query is within
 * one merchant and is served by an index (TransactionQueryPlanTests checks the plans).
 */
@Service
class TransactionSearch {

    static final int PAGE_SIZE = 50;
    /** The text the trigram index holds; repeated exactly so the planner matches it to the index. */
    static final String SEARCH_TEXT = "(order_id || ' ' || title || ' ' || coalesce(blik_transaction_id, '') || ' ' "
            + "|| coalesce(payer_name, '') || ' ' || coalesce(payer_email, ''))";
    /** Shorter text has no trigram: it must equal an order number or a BLIK id. */
    static final int MIN_SUBSTRING = 3;
    static final String ROW_COLUMNS = TransactionRepository.COLUMNS + ", payer_name, payer_email";

    private final JdbcClient jdbc;

    TransactionSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<TransactionRow> page(SearchCriteria criteria, Optional<PageCursor> cursor) {
        return Keyset.page(cursor.orElse(null), PAGE_SIZE, (from, limit) -> fetch(criteria, from, limit),
                (row, older) -> new PageCursor(older, row.transaction().created(), row.transaction().id().toString()));
    }

    /** A sale's refunds, or a refund's sale and its siblings: the transactions of one order of one shop. */
    List<TransactionRow> ofOrder(UUID merchantId, UUID serviceId, String orderId) {
        Query query = orderQuery(merchantId, serviceId, orderId);
        return jdbc.sql(query.sql.toString()).params(query.params).query(TransactionSearch::row).list();
    }

    private List<TransactionRow> fetch(SearchCriteria criteria, @Nullable PageCursor cursor, int limit) {
        Query query = pageQuery(criteria, cursor, limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query(TransactionSearch::row).list();
    }

    /** The whole statement of one page, so its plan can be checked as it runs. */
    static Query pageQuery(SearchCriteria criteria, @Nullable PageCursor cursor, int limit) {
        Query query = where(criteria);
        String order = " order by created_at desc, id desc";
        if (cursor != null) {
            UUID id = cursor.uuidKey().orElse(new UUID(0, 0));
            query.add(cursor.older() ? " and (created_at, id) < (?, ?)" : " and (created_at, id) > (?, ?)",
                    Timestamp.from(cursor.at()), id);
            order = cursor.older() ? order : " order by created_at, id";
        }
        query.sql.insert(0, "select " + ROW_COLUMNS + " from payment_transaction where ");
        query.add(order + " limit ?", limit);
        return query;
    }

    static Query orderQuery(UUID merchantId, UUID serviceId, String orderId) {
        Query query = new Query("select " + ROW_COLUMNS + " from payment_transaction where merchant_id = ?",
                merchantId);
        query.add(" and order_id = ? and service_id = ? order by created_at desc, id desc", orderId, serviceId);
        return query;
    }

    static Query where(SearchCriteria criteria) {
        Query query = new Query("merchant_id = ?", criteria.merchantId());
        if (criteria.serviceId() != null) {
            query.add(" and service_id = ?", criteria.serviceId());
        }
        if (!criteria.statuses().isEmpty()) {
            query.add(" and status = any(cast(? as text[]))", "{" + criteria.statuses().stream()
                    .flatMap(group -> group.statuses().stream()).map(TransactionStatus::wire).sorted()
                    .collect(Collectors.joining(",")) + "}");
        }
        if (criteria.type() != null) {
            query.add(" and type = ?", criteria.type().wire());
        }
        if (criteria.paymentMethod() != null) {
            query.add(" and payment_method = ?", criteria.paymentMethod());
        }
        if (criteria.currency() != null) {
            query.add(" and currency = ?", criteria.currency());
        }
        if (criteria.from() != null) {
            query.add(" and created_at >= ?", Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            query.add(" and created_at < ?", Timestamp.from(criteria.to()));
        }
        if (criteria.minAmount() != null) {
            query.add(" and amount >= ?", criteria.minAmount());
        }
        if (criteria.maxAmount() != null) {
            query.add(" and amount <= ?", criteria.maxAmount());
        }
        String text = criteria.text() == null ? "" : criteria.text().trim();
        if (!text.isEmpty()) {
            Optional<UUID> id = Ids.uuid(text);
            if (id.isPresent()) {
                query.add(" and (id = ? or payment_id = ?)", id.get(), id.get());
            } else if (text.length() >= MIN_SUBSTRING && walksOneShopsDays(criteria)) {
                query.add(" and strpos(lower" + SEARCH_TEXT + ", lower(?)) > 0", text);
            } else if (text.length() >= MIN_SUBSTRING) {
                query.add(" and " + SEARCH_TEXT + " ilike ?", "%" + escapeLike(text) + "%");
            } else {
                query.add(" and (order_id = ? or blik_transaction_id = ?)", text, text);
            }
        }
        return query;
    }

    /**
     * A search within one shop from a given day reads that shop's rows newest first and stops at a page: at most the
     * shop's rows of those days. The trigram index would cost more there, because text common to many order numbers
     * (a date, "ORDER-") has trigrams in most rows, whose long posting lists the planner does not count; so for these
     * searches the text is matched by an expression the trigram index does not hold, with the same meaning as ILIKE.
     */
    private static boolean walksOneShopsDays(SearchCriteria criteria) {
        return criteria.serviceId() != null && criteria.from() != null;
    }

    /** LIKE's wildcards typed by a user are searched for literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static TransactionRow row(ResultSet rs, int row) throws SQLException {
        return new TransactionRow(TransactionRepository.map(rs, row), rs.getString("payer_name"),
                rs.getString("payer_email"));
    }

    /** A where clause with its parameters in order. */
    static final class Query {

        final StringBuilder sql;
        final List<Object> params = new ArrayList<>();

        Query(String condition, Object param) {
            sql = new StringBuilder(condition);
            params.add(param);
        }

        void add(String condition, Object... values) {
            sql.append(condition);
            params.addAll(List.of(values));
        }
    }
}
