package pl.bramka.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The panel's lists of a merchant's transactions: the searchable list, the orders view with each order's
 * transactions, and the latest few. Every list is within one merchant and read through an index.
 */
@Service
public class TransactionLists {

    private final TransactionSearch search;
    private final OrderSummaries orders;
    private final TransactionRepository transactions;

    TransactionLists(TransactionSearch search, OrderSummaries orders, TransactionRepository transactions) {
        this.search = search;
        this.orders = orders;
        this.transactions = transactions;
    }

    /** A page of the merchant's transactions that match, newest first. */
    public ListPage<TransactionRow> page(SearchCriteria criteria, Optional<PageCursor> cursor) {
        return search.page(criteria, cursor);
    }

    /** A page of the merchant's orders, the one with the latest attempt first. */
    public ListPage<OrderSummary> orders(UUID merchantId, Optional<PageCursor> cursor) {
        return orders.page(merchantId, cursor);
    }

    /** An order's transactions (attempts and refunds), newest first; empty for another merchant's order. */
    public List<TransactionRow> ofOrder(UUID merchantId, UUID serviceId, String orderId) {
        return search.ofOrder(merchantId, serviceId, orderId);
    }

    /** A merchant's newest transactions, sales and refunds, newest first. */
    public List<Transaction> latestOfMerchant(UUID merchantId, int limit) {
        return transactions.latestOfMerchant(merchantId, limit);
    }
}
