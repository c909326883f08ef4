package pl.bramka.shop;

/** How the payment page and the panel group methods, in the order the payment page shows them. */
public enum PaymentMethodGroup {
    BLIK,
    CARDS,
    BANKS,
    WALLETS,
    PAYLATER,
    INSTALLMENTS
}
