package pl.bramka.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything an invoice says, from which both its FA(3) XML and its PDF are made, so the two never differ.
 *
 * @param createdAt    when the document was generated ({@code DataWytworzeniaFa})
 * @param paymentForm  FA(3)'s {@code FormaPlatnosci} (2 card, 6 transfer, 7 mobile), or null for another method
 * @param paymentLabel the method's name, for the PDF and for {@code OpisPlatnosci}
 * @param corrected    for a correction, the invoice it corrects
 * @param language     {@code pl} or {@code en}: the buyer's language, for the PDF
 */
record InvoiceDocument(InvoiceKind kind, String number, LocalDate issueDate, LocalDate saleDate, Instant createdAt,
        String currency, Seller seller, Buyer buyer, List<Line> lines, @Nullable String paymentForm,
        String paymentLabel, @Nullable String exemptionBasis, @Nullable Corrected corrected, String language) {

    record Seller(String name, String nip, String address) {
    }

    /**
     * @param nip       a Polish buyer's NIP (then it is a business sale), or null
     * @param foreignId another tax or id number with its country, e.g. {@code DE123456789}, or null
     */
    record Buyer(String name, @Nullable String nip, @Nullable String foreignIdCountry, @Nullable String foreignId,
            @Nullable String addressLine1, @Nullable String addressLine2, @Nullable String countryCode,
            @Nullable String email) {

        boolean company() {
            return nip != null || foreignId != null;
        }
    }

    /** A line priced gross; negative amounts on a correction. */
    record Line(String name, @Nullable String code, BigDecimal quantity, String unit, long gross, TaxStake stake) {
    }

    /** @param ksefNumber the corrected invoice's KSeF number, when KSeF gave it one */
    record Corrected(String number, LocalDate issueDate, @Nullable String ksefNumber, String reason) {
    }

    /** Net and VAT of one rate, computed on the rate's gross sum (as gross-priced invoices are). */
    record RateSum(TaxStake stake, long gross, long vat) {

        long net() {
            return gross - vat;
        }
    }

    long total() {
        return lines.stream().mapToLong(Line::gross).sum();
    }

    List<RateSum> rateSums() {
        Map<TaxStake, Long> gross = new LinkedHashMap<>();
        for (TaxStake stake : TaxStake.values()) {
            long sum = lines.stream().filter(line -> line.stake() == stake).mapToLong(Line::gross).sum();
            if (lines.stream().anyMatch(line -> line.stake() == stake)) {
                gross.put(stake, sum);
            }
        }
        return gross.entrySet().stream().map(entry -> new RateSum(entry.getKey(), entry.getValue(),
                entry.getKey().vatOf(entry.getValue()))).toList();
    }

    boolean exempt() {
        return lines.stream().anyMatch(line -> line.stake() == TaxStake.TAX_EXEMPT);
    }
}
