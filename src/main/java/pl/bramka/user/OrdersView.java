package pl.bramka.user;

/** The profile setting that chooses how the transactions section lists payments. */
public enum OrdersView {
    TRANSACTIONS,
    ORDERS
}
