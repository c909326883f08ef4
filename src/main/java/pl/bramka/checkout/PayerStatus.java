package pl.bramka.checkout;

import org.jspecify.annotations.Nullable;

/**
 * How a payment or one of its attempts stands, as the status page tells the payer: texts
 * {@code checkout.status.<key>.title} and {@code .text}, and the ways on.
 *
 * @param statusCode  the acquirer's code for a refusal, to quote to the shop; null when there is none
 * @param tryAgainUrl the payment page, when the payment may still be paid
 * @param shopUrl     the shop's page for this outcome, when the shop gave one
 * @param refreshUrl  this page again, when the answer is still awaited
 * @param continueUrl the acquirer's page where the payer left off, while it still awaits them
 */
record PayerStatus(String key, @Nullable String statusCode, @Nullable String tryAgainUrl, @Nullable String shopUrl,
        @Nullable String refreshUrl, @Nullable String continueUrl) {

    static PayerStatus of(String key) {
        return new PayerStatus(key, null, null, null, null, null);
    }

    PayerStatus withShop(@Nullable String url) {
        return new PayerStatus(key, statusCode, tryAgainUrl, url, refreshUrl, continueUrl);
    }

    PayerStatus withContinue(@Nullable String url) {
        return new PayerStatus(key, statusCode, tryAgainUrl, shopUrl, refreshUrl, url);
    }
}
