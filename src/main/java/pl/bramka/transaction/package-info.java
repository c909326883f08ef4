/**
 * The panel's transactions section: the transaction list with its filters and search, the orders view, a
 * transaction's details, refunds ordered from those details, and the four-eyes rule that makes large refunds wait
 * for a second person's approval.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transactions", allowedDependencies = {"payment", "shop",
        "user", "mail", "notification", "shared"})
package pl.bramka.transaction;
