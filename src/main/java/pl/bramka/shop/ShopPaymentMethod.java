package pl.bramka.shop;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import pl.bramka.shared.Money;

/** A method as one shop has it: switched on or off, with the shop's commission. */
public record ShopPaymentMethod(UUID serviceId, String shopName, PaymentMethodDefinition definition,
        boolean enabled, int percentBp, Map<String, Long> fixedFees) {

    /** The percentage as a number with two decimals, e.g. 1.29. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(percentBp, 2);
    }

    public Money fixedFee(String currency) {
        return new Money(fixedFees.getOrDefault(currency, 0L), currency);
    }

    /** The commission on a payment of this amount: the percentage (rounded half up) plus the fixed fee. */
    public Money commissionOn(Money amount) {
        return new Money(amount.percentOf(percentBp) + fixedFees.getOrDefault(amount.currency(), 0L),
                amount.currency());
    }
}
