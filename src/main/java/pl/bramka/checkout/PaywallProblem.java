package pl.bramka.checkout;

import org.jspecify.annotations.Nullable;

/**
 * One reason the paywall refused a form, as the error page shows it: the field at fault (null for the whole form)
 * and the message explaining the rule. Nothing here is derived from the shop key.
 */
record PaywallProblem(@Nullable String field, String messageKey, Object[] messageArguments) {

    static PaywallProblem of(PaywallFieldError error) {
        return new PaywallProblem(error.field(), error.messageKey(), error.messageArguments());
    }

    static PaywallProblem signature(PaywallSignature.Verdict verdict) {
        return new PaywallProblem("signature", verdict.messageKey(), new Object[0]);
    }

    static PaywallProblem shop(String field, String messageKey, String value) {
        return new PaywallProblem(field, "checkout.paywall." + messageKey, new Object[] {value});
    }
}
