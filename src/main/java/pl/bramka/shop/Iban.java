package pl.bramka.shop;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/** International bank account numbers: the length of each country's format and the mod-97 check (ISO 13616). */
final class Iban {

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("UA", 29), Map.entry("VA", 22));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Upper case without spaces; a bare 26-digit Polish account number gets its PL prefix. */
    static String normalize(String input) {
        String compact = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return compact.matches("\\d{26}") ? "PL" + compact : compact;
    }

    /** The message key of what is wrong, or null for a valid IBAN (already normalized). */
    static String problemWith(String iban) {
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return "shop.iban.format";
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length == null) {
            return "shop.iban.country";
        }
        if (iban.length() != length) {
            return "shop.iban.length";
        }
        return checksumHolds(iban) ? null : "shop.iban.checksum";
    }

    static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
