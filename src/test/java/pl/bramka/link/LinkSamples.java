package pl.bramka.link;

import java.util.Set;
import java.util.UUID;

/** Links as a test needs them, made through the module's API as the panel makes them. */
final class LinkSamples {

    private LinkSamples() {
    }

    static NewLink oneTime(UUID serviceId, long amount) {
        return new NewLink(LinkKind.ONE_TIME, serviceId, "Kurs " + UUID.randomUUID().toString().substring(0, 8),
                "Sobota, 10:00", "PLN", amount, null, null, null, "Jan Kowalski", "jan@example.com", null, null, null,
                Set.of(), "Anna Nowak");
    }

    static NewLink reusable(UUID serviceId, long min, long max, Set<PayerField> payerFields) {
        return new NewLink(LinkKind.REUSABLE, serviceId, "Zbiórka " + UUID.randomUUID().toString().substring(0, 8),
                null, "PLN", null, min, max, null, null, null, null, null, null, payerFields, "Anna Nowak");
    }
}
