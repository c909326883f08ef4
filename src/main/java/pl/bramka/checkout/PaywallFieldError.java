package pl.bramka.checkout;

import org.jspecify.annotations.Nullable;

/**
 * One reason a paywall form was refused.
 *
 * @param field the parameter at fault as the shop named it ({@code amount}, {@code billing[city]}); null when the
 *              form as a whole is at fault (too many fields)
 */
record PaywallFieldError(@Nullable String field, PaywallRule rule) {

    /** The explanation for the payer; its text may show the field name as {@code {0}}. */
    String messageKey() {
        return "paywall.rule." + rule.code();
    }

    Object[] messageArguments() {
        return new Object[] {field == null ? "" : field};
    }
}
