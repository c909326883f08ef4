package pl.bramka.checkout;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import pl.bramka.payment.PayerInput;

/**
 * What a payer typed for BLIK or a card, checked before anything reaches the acquirer. Card data lives only in the
 * request that carries it: it is never stored, logged or written back into a page.
 */
final class PayerEntry {

    private static final Pattern BLIK_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{12,19}");
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/([0-9]{2})");
    private static final Pattern CVV = Pattern.compile("[0-9]{3,4}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0-]");

    /** A card, or the message key of each field's error by field name ({@code cardNumber}, ...). */
    record CardCheck(PayerInput.@Nullable Card card, Map<String, String> errors) {
    }

    private PayerEntry() {
    }

    /** Six digits; spaces a payer may type between them ("123 456") do not count. */
    static Optional<PayerInput.BlikCode> blikCode(@Nullable String typed) {
        String digits = typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
        return BLIK_CODE.matcher(digits).matches() ? Optional.of(new PayerInput.BlikCode(digits)) : Optional.empty();
    }

    /**
     * The number must pass the Luhn check, the expiry ({@code MM/YY}) must not be before {@code thisMonth}, the CVV
     * must have 3 or 4 digits.
     */
    static CardCheck card(@Nullable String number, @Nullable String expiry, @Nullable String cvv,
            YearMonth thisMonth) {
        Map<String, String> errors = new LinkedHashMap<>();
        String digits = number == null ? "" : SEPARATORS.matcher(number).replaceAll("");
        if (!CARD_NUMBER.matcher(digits).matches() || !luhn(digits)) {
            errors.put("cardNumber", "checkout.card.number.invalid");
        }
        Matcher date = EXPIRY.matcher(expiry == null ? "" : expiry.replaceAll("\\s", ""));
        YearMonth expires = null;
        if (!date.matches()) {
            errors.put("cardExpiry", "checkout.card.expiry.invalid");
        } else {
            expires = YearMonth.of(2000 + Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1)));
            if (expires.isBefore(thisMonth)) {
                errors.put("cardExpiry", "checkout.card.expiry.expired");
            }
        }
        String code = cvv == null ? "" : cvv.strip();
        if (!CVV.matcher(code).matches()) {
            errors.put("cardCvv", "checkout.card.cvv.invalid");
        }
        if (!errors.isEmpty()) {
            return new CardCheck(null, errors);
        }
        return new CardCheck(new PayerInput.Card(digits, expires.getMonthValue(), expires.getYear(), code), Map.of());
    }

    /** The Luhn checksum every card number carries in its last digit. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
