package pl.bramka.api;

import java.util.Comparator;
import java.util.List;

import pl.bramka.shared.Money;

/** imoje's currencies in a fixed order for answers and messages: PLN first, then alphabetically. */
final class Currencies {

    static final Comparator<String> ORDER = Comparator.comparing((String currency) -> !currency.equals("PLN"))
            .thenComparing(Comparator.naturalOrder());

    static final List<String> ORDERED = Money.CURRENCIES.stream().sorted(ORDER).toList();

    private Currencies() {
    }
}
