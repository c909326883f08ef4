package pl.bramka.shop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The payment channels Bramka offers (imoje-compat.md §2.2), in the order the payment page lists them. */
public final class PaymentMethodCatalogue {

    private static final Set<String> PLN = Set.of("PLN");
    private static final Set<String> CARD_CURRENCIES = Set.of("PLN", "EUR", "USD", "GBP", "CHF");
    private static final long MAX = 999_999_999L;

    private static final Map<String, PaymentMethodDefinition> BY_CODE = new LinkedHashMap<>();

    static {
        add("blik", "blik", PaymentMethodGroup.BLIK, "BLIK", PLN, 1, 5_000_000);
        add("ecom3ds", "card", PaymentMethodGroup.CARDS, "Karta płatnicza / Payment card", CARD_CURRENCIES, 1, MAX);
        bank("ing", "ING Bank Śląski");
        bank("mtransfer", "mBank");
        bank("ipko", "PKO Bank Polski");
        bank("pekao24", "Bank Pekao");
        bank("bzwbk", "Santander Bank Polska");
        bank("millennium", "Bank Millennium");
        bank("alior", "Alior Bank");
        bank("creditagricole", "Credit Agricole");
        bank("bnpparibas", "BNP Paribas");
        bank("inteligo", "Inteligo");
        bank("citi", "Citi Handlowy");
        bank("getin", "Getin Bank");
        bank("noble", "Noble Bank");
        bank("ideabank", "Idea Bank");
        bank("bos", "Bank Ochrony Środowiska");
        bank("pocztowy", "Bank Pocztowy");
        bank("plusbank", "Plus Bank");
        bank("bs", "Banki Spółdzielcze");
        bank("bspb", "Bank Spółdzielczy w Brodnicy");
        bank("nest", "Nest Bank");
        bank("pbs", "Podkarpacki Bank Spółdzielczy");
        bank("tmobile", "T-Mobile Usługi Bankowe");
        bank("envelo", "Envelo Bank");
        add("gpay", "wallet", PaymentMethodGroup.WALLETS, "Google Pay", CARD_CURRENCIES, 1, MAX);
        add("applepay", "wallet", PaymentMethodGroup.WALLETS, "Apple Pay", CARD_CURRENCIES, 1, MAX);
        add("imoje_twisto", "imoje_paylater", PaymentMethodGroup.PAYLATER, "imoje płacę później (Twisto)", PLN,
                1_000, 200_000);
        add("paypo", "imoje_paylater", PaymentMethodGroup.PAYLATER, "PayPo", PLN, 1_000, 300_000);
        add("imoje_installments", "imoje_installments", PaymentMethodGroup.INSTALLMENTS, "Raty imoje", PLN, 30_000,
                5_000_000);
    }

    private PaymentMethodCatalogue() {
    }

    public static List<PaymentMethodDefinition> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_CODE.values()));
    }

    public static Optional<PaymentMethodDefinition> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static void bank(String code, String name) {
        add(code, "pbl", PaymentMethodGroup.BANKS, name, PLN, 1, MAX);
    }

    private static void add(String code, String paymentMethod, PaymentMethodGroup group, String name,
            Set<String> currencies, long min, long max) {
        BY_CODE.put(code, new PaymentMethodDefinition(code, paymentMethod, group, name, currencies, min, max));
    }
}
