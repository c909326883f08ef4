package pl.bramka.payment;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps payment_order, one row per shop and order id, in step with its transactions: written in the database
 * transaction of every status change, so the orders list reads one row per order instead of grouping transactions.
 */
@Repository
class OrderRepository {

    /** A new sale counts as an attempt of its order, with {@link #createdValues} as parameters. */
    static final String SALE_CREATED = """
            insert into payment_order as o (service_id, order_id, merchant_id, currency, attempts, last_status,
                first_at, last_at)
            values (?, ?, ?, ?, 1, ?, ?, ?)
            on conflict (service_id, order_id) do update set attempts = o.attempts + 1,
                last_status = case when excluded.last_at >= o.last_at then excluded.last_status else o.last_status end,
                last_at = greatest(o.last_at, excluded.last_at)""";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new sale is the order's latest attempt; a new refund changes nothing until it settles. */
    void created(Transaction transaction) {
        if (transaction.type() != TransactionType.SALE) {
            return;
        }
        jdbc.sql(SALE_CREATED).params(createdValues(transaction)).update();
    }

    static List<Object> createdValues(Transaction sale) {
        Timestamp created = Timestamp.from(sale.created());
        return Arrays.asList(sale.serviceId(), sale.orderId(), sale.merchantId(), sale.currency(), sale.status().wire(),
                created, created);
    }

    /** A sale's status counts when it is the latest attempt; settled sales and settled refunds add up. */
    void changed(Transaction before, Transaction after) {
        long settledNow = after.status() == TransactionStatus.SETTLED && before.status() != TransactionStatus.SETTLED
                ? after.amount() : 0;
        if (after.type() == TransactionType.SALE) {
            jdbc.sql("""
                    update payment_order set settled_amount = settled_amount + ?,
                        last_status = case when last_at <= ? then ? else last_status end
                    where service_id = ? and order_id = ?""")
                    .params(settledNow, Timestamp.from(after.created()), after.status().wire(), after.serviceId(),
                            after.orderId())
                    .update();
        } else if (settledNow > 0) {
            jdbc.sql("update payment_order set refunded_amount = refunded_amount + ? where service_id = ? "
                    + "and order_id = ?").params(settledNow, after.serviceId(), after.orderId()).update();
        }
    }
}
