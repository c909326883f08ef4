package pl.bramka.payment;

import org.jspecify.annotations.Nullable;

/** The payer as the shop describes them. */
public record Customer(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
        @Nullable String phone) {

    public static Customer unknown() {
        return new Customer(null, null, null, null);
    }

    /** First and last name as one, or null when the shop gave neither. */
    public @Nullable String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? null : name;
    }
}
