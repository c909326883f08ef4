package pl.bramka.shop;

import java.util.Locale;

import pl.bramka.shared.Money;

/** Amount → commission → net, formatted for the page. */
record CommissionPreview(String amount, String commission, String net, boolean commissionExceedsAmount) {

    static CommissionPreview of(ShopPaymentMethod method, Money amount, Locale locale) {
        Money commission = method.commissionOn(amount);
        long net = amount.minor() - commission.minor();
        String netText = net >= 0 ? new Money(net, amount.currency()).format(locale)
                : "−" + new Money(-net, amount.currency()).format(locale);
        return new CommissionPreview(amount.format(locale), commission.format(locale), netText, net < 0);
    }
}
