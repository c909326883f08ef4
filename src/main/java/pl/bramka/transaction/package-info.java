/**
 * The panel's transactions section: the transaction list with its filters and search, the orders view and a
 * transaction's details. The refunds and refund requests a sale's details show, and the button that orders a
 * refund, come from the {@code refund} module; the payout that holds a settled transaction from {@code payout}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transactions",
        allowedDependencies = {"payment", "refund", "shop", "user", "notification", "payout", "shared"})
package pl.bramka.transaction;
