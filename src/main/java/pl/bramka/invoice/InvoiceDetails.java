package pl.bramka.invoice;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** imoje's {@code invoice} object of a payment: the buyer (or null: the payer) and the positions (maybe none). */
public record InvoiceDetails(@Nullable InvoiceBuyer buyer, List<InvoicePosition> positions) {

    public InvoiceDetails {
        positions = List.copyOf(positions);
    }
}
