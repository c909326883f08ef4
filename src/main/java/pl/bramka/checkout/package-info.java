/**
 * The hosted paywall: the form a shop posts (or sends as a GET redirect) to start a payment, its signature made with
 * the shop key, and the pages the payer then uses: the payment page with the shop's methods and branding, the BLIK
 * code and card forms, and the status and result pages that send the payer back to the shop.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checkout", allowedDependencies = {"payment",
        "payment::payer", "shop", "integration", "branding", "invoice", "shared"})
package pl.bramka.checkout;
