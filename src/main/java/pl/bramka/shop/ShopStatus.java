package pl.bramka.shop;

public enum ShopStatus {
    /** Added by the merchant; waits for the operator (or auto-activation) before it can take payments. */
    PENDING,
    ACTIVE,
    BLOCKED
}
