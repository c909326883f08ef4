package pl.bramka.report;

import java.time.ZoneId;
import java.util.Locale;

import org.iban4j.IbanUtil;
import org.jspecify.annotations.Nullable;

import pl.bramka.report.StatementEntry.Kind;

/** What MT940 and camt.053 files agree on: the days they cut and the id each booking is known to the shop by. */
final class Statements {

    /** Statements cover whole Warsaw days, and their times carry Warsaw's offset. */
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private Statements() {
    }

    /** The id the shop looks the booking up by: the order id, or a payout's id; empty when there is neither. */
    static String ownerId(StatementEntry entry) {
        boolean payout = entry.kind() == Kind.PAYOUT || entry.kind() == Kind.PAYOUT_RETURNED;
        String orderId = entry.orderId();
        return orderId != null ? orderId : payout ? entry.reference() : "";
    }

    /** The IBAN without spaces in capitals, or null when the text is none (a service id, say). */
    static @Nullable String iban(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return IbanUtil.isValid(compact) ? compact : null;
    }

    /** The text's ASCII letters and digits, after taking accents off: what is left of an id cut to fit a field. */
    static String lettersAndDigits(String text) {
        String transliterated = Mt940Text.transliterate(text);
        StringBuilder kept = new StringBuilder(transliterated.length());
        for (int index = 0; index < transliterated.length(); index++) {
            char letter = transliterated.charAt(index);
            boolean letterOrDigit = (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z')
                    || (letter >= '0' && letter <= '9');
            if (letterOrDigit) {
                kept.append(letter);
            }
        }
        return kept.toString();
    }
}
