/**
 * Shops (imoje's "services"): their data with a history of every change, integration credentials (shop keys,
 * API tokens, notification addresses, accounting key), payment methods with commissions, and payment-page
 * branding.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shops", allowedDependencies = {"merchant", "user", "shared",
        "secret"})
package pl.bramka.shop;
