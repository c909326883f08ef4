package pl.bramka.invoice;

import org.jspecify.annotations.Nullable;

/**
 * The buyer of imoje's invoice object.
 *
 * @param company       true for {@code type: COMPANY}
 * @param idType        {@code ID} or {@code VAT_ID}; required for a company
 * @param idCountryCode the country of the id number (ISO alpha-2), {@code PL} when absent
 */
public record InvoiceBuyer(boolean company, @Nullable String email, String fullName, @Nullable String street,
        @Nullable String city, @Nullable String postalCode, @Nullable String countryCode, @Nullable String idType,
        @Nullable String idCountryCode, @Nullable String idNumber) {

    /** A Polish NIP: the buyer's VAT id in Poland. */
    public boolean hasPolishNip() {
        return "VAT_ID".equals(idType) && idNumber != null
                && (idCountryCode == null || "PL".equals(idCountryCode));
    }
}
