package pl.bramka.refund;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.springframework.validation.Errors;
import pl.bramka.shared.Money;
import pl.bramka.shared.Tokens;

/**
 * A refund as ordered in the panel: all that the form offers, or a part of it typed in major units ("12,50"); a
 * title; and the token that makes submitting the same form twice order one refund.
 */
class RefundForm {

    static final int MAX_TITLE = 255;
    private static final String TOKEN = "[A-Za-z0-9_-]{22,64}";

    private String kind = "full";
    private String amount = "";
    private String title = "";
    private String token = "";

    static RefundForm offering(long offered, String currency) {
        RefundForm form = new RefundForm();
        form.amount = major(offered, currency);
        form.token = Tokens.randomUrlSafe(24);
        return form;
    }

    /**
     * Turns "everything offered" into the amount it was when the user saw it, so the confirmation orders exactly what
     * it showed even when another refund lands in between.
     */
    void fix(long minor, String currency) {
        kind = "partial";
        amount = major(minor, currency);
    }

    /** The amount in minor units, or empty with a message on the field at fault. */
    Optional<Long> amountIn(String currency, long offered, Locale locale, Errors errors) {
        if (!token.matches(TOKEN)) {
            errors.reject("refund.token.invalid");
            return Optional.empty();
        }
        if (offered <= 0) {
            errors.reject("refund.refused.NOTHING_LEFT");
            return Optional.empty();
        }
        if (title.length() > MAX_TITLE) {
            errors.rejectValue("title", "validation.tooLong");
        }
        long minor;
        if ("full".equals(kind)) {
            minor = offered;
        } else if ("partial".equals(kind)) {
            Optional<Money> typed = Money.parse(amount, currency);
            if (typed.isEmpty()) {
                errors.rejectValue("amount", notPositive(amount) ? "refund.amount.notPositive" : "refund.amount.invalid");
                return Optional.empty();
            }
            minor = typed.get().minor();
        } else {
            errors.rejectValue("kind", "validation.required");
            return Optional.empty();
        }
        if (minor > offered) {
            errors.rejectValue("full".equals(kind) ? "kind" : "amount", "refund.amount.aboveRemaining",
                    new Object[] {new Money(offered, currency).format(locale)}, null);
        }
        return errors.hasErrors() || minor <= 0 ? Optional.empty() : Optional.of(minor);
    }

    /** A number that reads as zero or less, so the message can say so instead of "not an amount". */
    private static boolean notPositive(String typed) {
        String normalized = typed == null ? "" : typed.replaceAll("[\\s\u00a0]", "").replace(',', '.');
        return normalized.matches("-?\\d{1,12}(\\.\\d+)?") && new BigDecimal(normalized).signum() <= 0;
    }

    /** Minor units written as a person types them in Polish, e.g. 1250 PLN → "12,50". */
    static String major(long minor, String currency) {
        return BigDecimal.valueOf(minor, Money.fractionDigits(currency)).toPlainString().replace('.', ',');
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount == null ? "" : amount;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.trim();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }
}
