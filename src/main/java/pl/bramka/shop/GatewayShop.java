package pl.bramka.shop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the gateway (API, paywall, payment page) needs to know about a shop.
 *
 * @param merchantPublicId       imoje's merchantId, the identifier in API paths and paywall forms
 * @param paymentActivitySeconds how long a payment stays payable, or null for "no limit"
 * @param notificationUrl        where the shop wants its notifications, or null
 * @param demo                   whether the shop is in demo mode (payments go to the sandbox acquirer)
 */
public record GatewayShop(UUID serviceId, UUID merchantId, String merchantPublicId, String name, ShopStatus status,
        @Nullable Integer paymentActivitySeconds, @Nullable String notificationUrl) {

    public boolean acceptsPayments() {
        return status == ShopStatus.ACTIVE;
    }
}
