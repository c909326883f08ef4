/**
 * The panel's transactions section: the transaction list with its filters and search, the orders view and a
 * transaction's details. The refunds and refund requests a sale's details show, and the button that orders a refund,
 * come from the {@code refund} module; the payout that holds a settled transaction from {@code payout}; its invoices
 * and the invoice object the shop sent from {@code invoice}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transactions",
        allowedDependencies = {"payment", "refund", "shop", "user", "notification", "payout", "invoice", "shared"})
package pl.bramka.transaction;
