package pl.bramka.shop;

import java.util.Locale;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.jspecify.annotations.Nullable;

/**
 * International bank account numbers (ISO 13616), checked by iban4j against SWIFT's IBAN registry: the country,
 * its length and BBAN structure (a Polish account number holds digits only), and the mod-97 check digits.
 */
final class Iban {

    private Iban() {
    }

    /** Upper case without spaces; a bare 26-digit Polish account number gets its PL prefix. */
    static String normalize(String input) {
        String compact = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return compact.matches("\\d{26}") ? "PL" + compact : compact;
    }

    /** The message key of what is wrong, or null for a valid IBAN (already normalized). */
    static @Nullable String problemWith(String iban) {
        try {
            IbanUtil.validate(iban);
            return null;
        } catch (UnsupportedCountryException unknownCountry) {
            return "shop.iban.country";
        } catch (InvalidCheckDigitException wrongCheckDigits) {
            return "shop.iban.checksum";
        } catch (IbanFormatException wrongFormat) {
            return switch (wrongFormat.getFormatViolation()) {
                case COUNTRY_CODE_EXISTS -> "shop.iban.country";
                case BBAN_LENGTH -> "shop.iban.length";
                default -> "shop.iban.format";
            };
        }
    }

    static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
