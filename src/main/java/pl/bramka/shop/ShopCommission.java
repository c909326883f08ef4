package pl.bramka.shop;

import pl.bramka.shared.Money;

/** The commission a shop pays on one method: a percentage in basis points plus a fixed fee in minor units. */
public record ShopCommission(int percentBp, long fixedFeeMinor) {

    /** The commission on an amount; the percentage part is rounded half up, as the commission preview shows it. */
    public long on(Money amount) {
        return amount.percentOf(percentBp) + fixedFeeMinor;
    }
}
