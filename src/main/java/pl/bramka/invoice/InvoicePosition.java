package pl.bramka.invoice;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One position of imoje's invoice object.
 *
 * @param grossAmount the position's gross value in minor units (after its discount)
 */
public record InvoicePosition(String name, @Nullable String code, BigDecimal quantity, String unit,
        long grossAmount, TaxStake taxStake) {
}
