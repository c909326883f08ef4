package pl.bramka.branding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.PaymentMethodGroup;

/**
 * What the hosted payment page ({@code templates/checkout/payment-page.html}) shows a payer. The branding preview
 * fills it with {@link #sample}; the payment flow fills it with a real payment, and its other pages (BLIK code, card,
 * status) show the same shop, amount and order from it without the methods.
 *
 * @param logoUrl             the shop's logo, or null to show the shop's name instead
 * @param amountMinor         the amount in minor units of {@code currency} (ISO 4217)
 * @param themeStylesheetUrl  a style sheet that sets the seven {@code --brand-*} colours
 * @param formAction          where the payer's choice is posted; null where nothing may be posted (the preview)
 * @param blikCodeError       message key of an error to show at the BLIK code field, or null
 * @param processing          whether the progress spinner is shown
 * @param selectedMethodCode  the method chosen when the page opens, or null for none
 */
public record PaymentPageModel(String shopName, @Nullable String logoUrl, long amountMinor, String currency,
        String orderId, @Nullable String orderDescription, List<MethodGroup> methodGroups,
        String themeStylesheetUrl, @Nullable String formAction, @Nullable String blikCodeError,
        boolean processing, @Nullable String selectedMethodCode) {

    /** Payment methods of one kind, shown together under one heading. */
    public record MethodGroup(MethodKind kind, List<MethodOption> methods) {
    }

    /**
     * One payment method the payer can choose.
     *
     * @param code imoje's method code, e.g. {@code blik}, {@code ing}, {@code gpay}
     * @param name its brand name, shown as it is; null for a generic method named by {@code checkout.method.<code>}
     */
    public record MethodOption(String code, @Nullable String name) {
    }

    /** The groups in the order the page shows them; each has a heading {@code checkout.group.<kind>}. */
    public enum MethodKind {
        BLIK, CARD, PAY_BY_LINK, WALLET, PAY_LATER, INSTALLMENTS;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static MethodKind of(PaymentMethodGroup group) {
            return switch (group) {
                case BLIK -> BLIK;
                case CARDS -> CARD;
                case BANKS -> PAY_BY_LINK;
                case WALLETS -> WALLET;
                case PAYLATER -> PAY_LATER;
                case INSTALLMENTS -> INSTALLMENTS;
            };
        }

        /** Cards and instalments are named in the payer's language, not by a brand. */
        boolean namedByMessage() {
            return this == CARD || this == INSTALLMENTS;
        }
    }

    /** Methods a payer may choose, under the page's headings and in the page's order. */
    public static List<MethodGroup> groupsOf(List<PaymentMethodDefinition> methods) {
        Map<MethodKind, List<MethodOption>> byKind = new EnumMap<>(MethodKind.class);
        for (PaymentMethodDefinition method : methods) {
            MethodKind kind = MethodKind.of(method.group());
            byKind.computeIfAbsent(kind, absent -> new ArrayList<>())
                    .add(new MethodOption(method.code(), kind.namedByMessage() ? null : method.name()));
        }
        return byKind.entrySet().stream().map(group -> new MethodGroup(group.getKey(), List.copyOf(group.getValue())))
                .toList();
    }

    /**
     * Sample data for the branding preview: every kind of method, an example validation message and the spinner,
     * so each of the seven colours appears somewhere on the page.
     */
    public static PaymentPageModel sample(String shopName, @Nullable String logoUrl, String themeStylesheetUrl,
            String orderDescription) {
        List<MethodGroup> groups = List.of(
                new MethodGroup(MethodKind.BLIK, List.of(new MethodOption("blik", "BLIK"))),
                new MethodGroup(MethodKind.CARD, List.of(new MethodOption("ecom3ds", "Visa, Mastercard"))),
                new MethodGroup(MethodKind.PAY_BY_LINK, List.of(new MethodOption("mtransfer", "mBank"),
                        new MethodOption("ipko", "PKO BP"), new MethodOption("ing", "ING"),
                        new MethodOption("pekao24", "Pekao"), new MethodOption("bzwbk", "Santander"),
                        new MethodOption("millennium", "Millennium"), new MethodOption("alior", "Alior Bank"),
                        new MethodOption("creditagricole", "Credit Agricole"),
                        new MethodOption("bnpparibas", "BNP Paribas"), new MethodOption("inteligo", "Inteligo"),
                        new MethodOption("citi", "Citi Handlowy"), new MethodOption("pocztowy", "Bank Pocztowy"))),
                new MethodGroup(MethodKind.WALLET, List.of(new MethodOption("gpay", "Google Pay"),
                        new MethodOption("applepay", "Apple Pay"))),
                new MethodGroup(MethodKind.PAY_LATER, List.of(new MethodOption("paypo", "PayPo"),
                        new MethodOption("imoje_twisto", "Twisto"))),
                new MethodGroup(MethodKind.INSTALLMENTS, List.of(new MethodOption("imoje_installments", null))));
        return new PaymentPageModel(shopName, logoUrl, 12345, "PLN", "ZAM/2026/0042", orderDescription,
                groups, themeStylesheetUrl, null, "checkout.blik.code.invalid", true, "blik");
    }

    /**
     * The amount as a payer reads it: "123,45 zł" in Polish; in English the ISO code first, "PLN 123.45", which
     * is unambiguous for payers from anywhere.
     */
    public String amountText(Locale locale) {
        return new Money(amountMinor, currency).format(locale);
    }
}
