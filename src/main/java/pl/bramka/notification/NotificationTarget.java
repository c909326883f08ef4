package pl.bramka.notification;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a notification goes: the transaction's own {@code notificationUrl}, else the shop's notification URL. A
 * resend of one that went to the shop's URL goes to the shop's URL as it is now.
 *
 * @param endpoint host and port, the unit a slow receiver is limited by
 */
record NotificationTarget(String url, Source source, String endpoint) {

    enum Source { TRANSACTION, SHOP }

    static @Nullable NotificationTarget choose(@Nullable String transactionUrl, @Nullable String shopUrl) {
        if (transactionUrl != null && !transactionUrl.isBlank()) {
            return of(transactionUrl, Source.TRANSACTION);
        }
        if (shopUrl != null && !shopUrl.isBlank()) {
            return of(shopUrl, Source.SHOP);
        }
        return null;
    }

    static NotificationTarget of(String url, Source source) {
        return new NotificationTarget(url, source, endpointOf(url));
    }

    /** The host and port; a URL that does not parse is its own endpoint, and fails when it is sent. */
    private static String endpointOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                String endpoint = uri.getHost().toLowerCase(Locale.ROOT) + ":" + AddressGuard.portOf(uri);
                return endpoint.length() <= 300 ? endpoint : endpoint.substring(0, 300);
            }
        }
        catch (IllegalArgumentException unparsable) {
            // falls through to the whole URL
        }
        return url.length() <= 300 ? url : url.substring(0, 300);
    }
}
