package pl.bramka.transaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pl.bramka.payment.PanelStatus;

/** An order as the orders list shows it, with its transactions for the expandable row. */
record ListedOrder(UUID serviceId, String orderId, String shopName, PanelStatus status, int attempts,
        String refunded, Instant lastAt, List<ListedTransaction> transactions) {
}
