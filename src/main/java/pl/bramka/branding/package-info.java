/**
 * The look of a shop's payment pages (the guide's "Personalizacja bramki"): its logo, checked by content (SVG
 * sanitised), and the colours of the page's elements with contrast warnings and a live preview. Payer pages read it
 * through {@link pl.bramka.branding.PaymentPageBrandings} and render {@link pl.bramka.branding.PaymentPageModel}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment page branding", allowedDependencies = {"shop",
        "user", "shared"})
package pl.bramka.branding;
