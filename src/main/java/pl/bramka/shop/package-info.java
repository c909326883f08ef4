/**
 * Shops (imoje's "services"): adding a shop, its data with a history of every change, and its payment methods with
 * commissions. The gateway looks shops up by serviceId through {@link pl.bramka.shop.ShopDirectory}; the other
 * tabs of a shop (integration, branding) reach a merchant's shop through {@link pl.bramka.shop.MerchantShops}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shops", allowedDependencies = {"user", "shared"})
package pl.bramka.shop;
