package pl.bramka.checkout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which PHP's {@code ksort} puts the keys of one level of a form, which is the order shops sign them in.
 * Two list indices (all digits) compare as numbers, so {@code 2} comes before {@code 10}; any other pair compares
 * byte by byte in UTF-8. PHP also compares other numeric strings ("1.5", "01") as numbers, but no paywall field has
 * such a name, so the simpler rule gives the same result.
 * <p>
 * A level that mixes indices with names has no consistent order ({@code 2 < 10 < 1a < 2}): PHP's result then depends
 * on its sorting algorithm, and Java's sort may refuse the comparator. Such levels are refused instead of guessed.
 */
final class PhpKeyOrder {

    private static final Comparator<String> ORDER = PhpKeyOrder::compare;

    private PhpKeyOrder() {
    }

    static boolean isIndex(String key) {
        return !key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static boolean mixesIndicesAndNames(Collection<String> keys) {
        return keys.stream().anyMatch(PhpKeyOrder::isIndex) && !keys.stream().allMatch(PhpKeyOrder::isIndex);
    }

    /** The keys in signing order; refuses a level that {@linkplain #mixesIndicesAndNames mixes indices and names}. */
    static List<String> sorted(Collection<String> keys) {
        if (mixesIndicesAndNames(keys)) {
            throw new IllegalArgumentException("A level mixes list indices and names: " + keys);
        }
        return keys.stream().sorted(ORDER).toList();
    }

    private static int compare(String first, String second) {
        if (isIndex(first) && isIndex(second)) {
            int numeric = compareNumbers(withoutLeadingZeros(first), withoutLeadingZeros(second));
            if (numeric != 0) {
                return numeric;
            }
        }
        return Arrays.compareUnsigned(first.getBytes(StandardCharsets.UTF_8), second.getBytes(StandardCharsets.UTF_8));
    }

    /** Two digit strings without leading zeros: the longer is the larger, equal lengths compare digit by digit. */
    private static int compareNumbers(String first, String second) {
        return first.length() != second.length() ? Integer.compare(first.length(), second.length())
                : first.compareTo(second);
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
