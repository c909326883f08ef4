package pl.bramka.payout;

/** An IBAN shown with only its country and last four characters, e.g. "PL•• •••• … 2874". */
final class MaskedIban {

    private static final int SHOWN = 4;

    private MaskedIban() {
    }

    static String of(String iban) {
        if (iban.length() <= SHOWN + 2) {
            return iban;
        }
        String hidden = iban.substring(0, 2) + "•".repeat(iban.length() - 2 - SHOWN) + iban.substring(iban.length()
                - SHOWN);
        return hidden.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
