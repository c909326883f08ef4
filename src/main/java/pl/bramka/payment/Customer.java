package pl.bramka.payment;

import org.jspecify.annotations.Nullable;

/** The payer as the shop describes them. */
public record Customer(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
        @Nullable String phone) {

    public static Customer unknown() {
        return new Customer(null, null, null, null);
    }
}
