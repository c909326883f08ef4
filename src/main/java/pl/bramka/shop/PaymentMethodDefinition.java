package pl.bramka.shop;

import java.util.Set;

/**
 * One payment channel of the catalogue: imoje's {@code paymentMethod} and {@code paymentMethodCode}, a display
 * name, the currencies it takes and its per-transaction limits in minor units.
 */
public record PaymentMethodDefinition(String code, String paymentMethod, PaymentMethodGroup group, String name,
        Set<String> currencies, long minAmount, long maxAmount) {

    public boolean accepts(String currency, long amount) {
        return currencies.contains(currency) && amount >= minAmount && amount <= maxAmount;
    }

    /** Bramka's own badge for this method (a public SVG with its name), relative to Bramka's address. */
    public String badgePath() {
        return "/payment-methods/" + code + ".svg";
    }
}
