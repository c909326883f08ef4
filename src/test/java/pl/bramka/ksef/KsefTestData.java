package pl.bramka.ksef;

import java.util.concurrent.ThreadLocalRandom;

/** Data the KSeF tests share. */
final class KsefTestData {

    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private KsefTestData() {
    }

    /** A NIP with a valid check digit, different in every test (merchants' NIPs are unique). */
    static String randomNip() {
        while (true) {
            StringBuilder nip = new StringBuilder();
            int sum = 0;
            for (int weight : NIP_WEIGHTS) {
                int digit = ThreadLocalRandom.current().nextInt(10);
                nip.append(digit);
                sum += weight * digit;
            }
            if (sum % 11 < 10) {
                return nip.append(sum % 11).toString();
            }
        }
    }
}
