/**
 * Payment links (the guide's "Linki płatności"): one-time links paid at most once, reusable EasySell links paid by
 * any number of payers (a fixed amount or one the payer types within bounds, an optional limit of uses and expiry,
 * the payer's details the link asks for), and the links shops make through the API's {@code POST /payment}, all in
 * one list. The panel's pages list, create, show, deactivate and duplicate them and draw their QR codes; the payer's
 * page {@code /l/{code}} shows the shop's branding and hands over to the payment page. Every link's payments are
 * ordinary payments of the {@code payment} module, so notifications, expiry and the transaction list treat them as
 * any other; {@link pl.bramka.link.PaymentLinks} is the module's API (for the API module and the demo seeder).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment links", allowedDependencies = {"payment",
        "shop", "branding", "user", "shared"})
package pl.bramka.link;
