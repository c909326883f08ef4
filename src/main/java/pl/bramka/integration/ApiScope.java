package pl.bramka.integration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API token may do, chosen when it is issued (Stripe's restricted keys). Reading the shop and its payment
 * methods needs no scope: every token of the shop may.
 */
public enum ApiScope {
    /** Read transactions and payments, and ask what can be refunded. */
    READ_TRANSACTIONS,
    /** Create transactions and payment links, and cancel payment links. */
    CREATE_TRANSACTIONS,
    /** Refund transactions; only a Representative may issue a token with it. */
    REFUND;

    static Set<ApiScope> all() {
        return EnumSet.allOf(ApiScope.class);
    }

    static String stored(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ApiScope> parse(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(stored.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .forEach(name -> scopes.add(valueOf(name)));
        return scopes;
    }
}
