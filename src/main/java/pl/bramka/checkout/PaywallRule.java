package pl.bramka.checkout;

import java.util.Locale;

/**
 * Why a paywall form was refused, one constant per rule. The {@linkplain #code() code} is stable: it names the
 * message {@code paywall.rule.<code>} and may be shown to a shop's developer.
 */
enum PaywallRule {
    // The form as submitted: names, repetitions and sizes.
    MALFORMED_NAME, DUPLICATE, VALUE_AND_MAP, TOO_DEEP, MIXED_KEYS, TOO_MANY_FIELDS,
    // The fields' values.
    REQUIRED, TOO_LONG, STRUCTURE, SERVICE_ID, MERCHANT_ID, AMOUNT, CURRENCY, ORDER_ID, EMAIL, PHONE, URL,
    VISIBLE_METHOD, VALID_TO, VALID_TO_TOO_SOON, PRESELECT_METHOD, LANG, UNKNOWN_FIELD;

    /** E.g. {@code valid-to-too-soon}. */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
