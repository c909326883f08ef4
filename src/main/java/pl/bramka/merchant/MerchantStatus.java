package pl.bramka.merchant;

public enum MerchantStatus {
    ACTIVE,
    /** Blocked by the operator: none of its shops takes payments. */
    BLOCKED
}
