package pl.bramka.invoice;

/** A VAT invoice for a sale, or a correcting invoice (KOR) for a refund. */
public enum InvoiceKind {
    VAT("FV"), KOR("KOR");

    private final String series;

    InvoiceKind(String series) {
        this.series = series;
    }

    /** The number's prefix: {@code FV/2026/12/0001}, {@code KOR/2026/12/0001}. */
    String series() {
        return series;
    }
}
