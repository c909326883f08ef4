package pl.bramka.integration;

import org.jspecify.annotations.Nullable;

/**
 * A shop's invoicing settings.
 *
 * @param vatRate         the rate of an invoice line when the shop sent no positions: {@code 23}, {@code 8},
 *                        {@code 5}, {@code 0} or {@code zw} (exempt)
 * @param exemptionBasis  the legal basis of the exemption, printed on the invoice; set when the rate is {@code zw}
 */
public record ShopInvoicing(InvoicingMode mode, String vatRate, @Nullable String exemptionBasis) {

    public static final ShopInvoicing DEFAULT = new ShopInvoicing(InvoicingMode.OFF, "23", null);
}
