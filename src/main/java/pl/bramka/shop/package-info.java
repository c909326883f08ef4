/**
 * Shops (imoje's "services"): adding a shop, its data with a history of every change, and its payment methods with
 * commissions. The gateway looks shops up by serviceId through {@link pl.bramka.shop.ShopDirectory}; the other
 * tabs of a shop (integration, branding) reach a merchant's shop through {@link pl.bramka.shop.MerchantShops}. A new
 * IBAN waits in {@code shop_iban_change} until another Representative confirms it (or 24 hours pass without an
 * objection where there is one Representative); {@code shop.iban} is always the IBAN in force.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shops", allowedDependencies = {"user", "mail",
        "shared"})
package pl.bramka.shop;
