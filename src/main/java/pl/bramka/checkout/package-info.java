/**
 * The hosted paywall: the form a shop posts (or sends as a GET redirect) to start a payment, its signature made with
 * the shop key, and the payment page the payer then sees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checkout", allowedDependencies = {"shared"})
package pl.bramka.checkout;
