package pl.bramka.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.Money;

/**
 * An order a shop sent to the paywall, after every rule of imoje's form passed ({@link PaywallRequestValidator}).
 * Components are named after the form fields. Texts are exactly as signed; an optional field sent empty is null,
 * as if it had not been sent.
 *
 * @param amount         {@code amount} (minor units) with {@code currency}
 * @param visibleMethods the {@code visibleMethod} groups the payer may choose from ({@code card}, {@code blik}…) in
 *                       the shop's order, each once; empty means every method the shop has
 * @param validTo        when the payment stops being possible; null for never
 * @param billing        {@code billing[...]} fields by their sub-key ({@code firstName}, {@code city}…); empty if none
 * @param shipping       {@code shipping[...]} fields, likewise
 * @param lang           the page language; {@code ua} is read as {@code uk}; null to follow the browser
 * @param extras         fields the paywall carries without interpreting them ({@code cart}, {@code invoice},
 *                       {@code multipayout}, {@code twistoData}…): their raw strings, or nested maps of them
 */
record PaywallRequest(UUID serviceId, String merchantId, Money amount, String orderId, String customerFirstName,
        String customerLastName, @Nullable String customerEmail, @Nullable String customerPhone,
        @Nullable String orderDescription, @Nullable String additionalDescription, @Nullable String urlSuccess,
        @Nullable String urlFailure, @Nullable String urlReturn, @Nullable String urlNotification,
        List<String> visibleMethods, @Nullable Instant validTo, @Nullable String preselectMethodCode,
        Map<String, String> billing, Map<String, String> shipping, @Nullable String lang, Map<String, Object> extras) {

    PaywallRequest {
        visibleMethods = List.copyOf(visibleMethods);
        billing = Map.copyOf(billing);
        shipping = Map.copyOf(shipping);
        extras = Map.copyOf(extras);
    }
}
