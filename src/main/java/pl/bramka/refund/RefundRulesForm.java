package pl.bramka.refund;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.validation.Errors;
import pl.bramka.shared.Money;

/** The four-eyes thresholds as typed, per currency, in major units ("5 000,00"); empty means "never". */
class RefundRulesForm {

    private Map<String, String> thresholds = new TreeMap<>();

    static RefundRulesForm of(Map<String, Long> stored) {
        RefundRulesForm form = new RefundRulesForm();
        Money.CURRENCIES.forEach(currency -> form.thresholds.put(currency,
                stored.containsKey(currency) ? RefundForm.major(stored.get(currency), currency) : ""));
        return form;
    }

    /** The thresholds in minor units, or empty with a message on every wrong field. */
    Optional<Map<String, Long>> parsed(Errors errors) {
        Map<String, Long> parsed = new TreeMap<>();
        for (String currency : Money.CURRENCIES) {
            String typed = thresholds.getOrDefault(currency, "");
            if (typed == null || typed.isBlank()) {
                continue;
            }
            Money.parse(typed, currency).ifPresentOrElse(money -> parsed.put(currency, money.minor()),
                    () -> errors.rejectValue("thresholds[" + currency + "]", "refund.rules.invalid"));
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(parsed);
    }

    public Map<String, String> getThresholds() {
        return thresholds;
    }

    public void setThresholds(Map<String, String> thresholds) {
        this.thresholds = thresholds == null ? new TreeMap<>() : new TreeMap<>(thresholds);
    }
}
