package pl.bramka.merchant;

import java.util.Optional;

/** Polish business registry numbers (REGON): nine or fourteen digits ending in a weighted mod-11 check digit. */
public final class Regon {

    private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private Regon() {
    }

    /** The digits of a typed REGON, or empty when it has the wrong length or check digit. */
    public static Optional<String> parse(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{9}")) {
            return check(digits, WEIGHTS_9);
        }
        if (digits.matches("\\d{14}")) {
            return check(digits, WEIGHTS_14);
        }
        return Optional.empty();
    }

    /** A REGON's check digit is the weighted sum mod 11, where 10 counts as 0. */
    private static Optional<String> check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int check = sum % 11 % 10;
        return check == digits.charAt(weights.length) - '0' ? Optional.of(digits) : Optional.empty();
    }
}
