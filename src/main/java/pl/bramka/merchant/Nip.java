package pl.bramka.merchant;

import java.util.Optional;

/** Polish tax identification numbers (NIP): ten digits, the last a weighted mod-11 check digit. */
public final class Nip {

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private Nip() {
    }

    /** The ten digits of a typed NIP ("123-456-32-18", "PL1234563218"), or empty when its check digit is wrong. */
    public static Optional<String> parse(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "").replaceFirst("^(?i)PL", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        return checkDigitMatches(digits, WEIGHTS) ? Optional.of(digits) : Optional.empty();
    }

    /** The weighted sum mod 11 is the last digit; a sum giving 10 is never a valid NIP. */
    private static boolean checkDigitMatches(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 == digits.charAt(weights.length) - '0';
    }
}
