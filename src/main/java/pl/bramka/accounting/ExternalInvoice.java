package pl.bramka.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An invoice to create in the shop's external accounting service. Amounts are minor units of {@code currency}.
 *
 * @param paymentMethod how the buyer paid, e.g. {@code blik} or {@code card}
 */
public record ExternalInvoice(LocalDate issueDate, LocalDate saleDate, String description, String currency,
        long paidAmount, String paymentMethod, Buyer buyer, List<Position> positions) {

    public ExternalInvoice {
        positions = List.copyOf(positions);
    }

    /** The buyer; everything but the full name may be missing. */
    public record Buyer(@Nullable String email, String fullName, @Nullable String street, @Nullable String city,
            @Nullable String postalCode, @Nullable String countryCode, @Nullable String taxNumber,
            @Nullable String taxCountryCode) {
    }

    /**
     * One line of the invoice, net and gross in minor units.
     *
     * @param taxStake imoje's rate name: {@code TAX_23}, {@code TAX_8}, {@code TAX_EXEMPT} …
     */
    public record Position(String name, @Nullable String code, BigDecimal quantity, @Nullable String unit, long net,
            long gross, String taxStake) {
    }
}
