package pl.bramka.transaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionRow;
import pl.bramka.shared.Money;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.ShopDirectory;

/** Turns transactions into what the pages show: shop names, method names, amounts in the reader's language. */
@Component
class TransactionViews {

    private final ShopDirectory shops;

    TransactionViews(ShopDirectory shops) {
        this.shops = shops;
    }

    /** The merchant's shops by service id, in name order. */
    Map<UUID, GatewayShop> shopsOf(UUID merchantId) {
        return shops.shopsOf(merchantId).stream().collect(Collectors.toMap(GatewayShop::serviceId,
                Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }

    List<ListedTransaction> listed(List<TransactionRow> rows, Map<UUID, GatewayShop> merchantShops, Locale locale) {
        return rows.stream().map(row -> listed(row, merchantShops, locale)).toList();
    }

    private static ListedTransaction listed(TransactionRow row, Map<UUID, GatewayShop> merchantShops, Locale locale) {
        Transaction transaction = row.transaction();
        GatewayShop shop = merchantShops.get(transaction.serviceId());
        return new ListedTransaction(transaction.id(), transaction.created(), transaction.orderId(),
                transaction.title(), amount(transaction.amount(), transaction.currency(), locale), row.panelStatus(),
                transaction.type(), methodName(transaction), shop == null ? "" : shop.name(), row.payerName(),
                row.payerEmail());
    }

    static String amount(long minor, String currency, Locale locale) {
        return new Money(minor, currency).format(locale);
    }

    /** A billing address (imoje's billing fields) as the lines of an envelope; empty when the shop sent none. */
    static List<String> addressLines(@Nullable Map<String, String> billing) {
        if (billing == null) {
            return List.of();
        }
        String town = (billing.getOrDefault("postalCode", "") + " " + billing.getOrDefault("city", "")).trim();
        return Stream.of(billing.get("company"), billing.get("street"), town, billing.get("region"),
                billing.get("countryCodeAlpha2")).filter(line -> line != null && !line.isBlank()).toList();
    }

    /** The method as the catalogue names it: the bank for pay-by-link, the wallet, "BLIK". */
    static String methodName(Transaction transaction) {
        return PaymentMethodCatalogue.byCode(transaction.paymentMethodCode()).map(PaymentMethodDefinition::name)
                .orElse(transaction.paymentMethod());
    }
}
