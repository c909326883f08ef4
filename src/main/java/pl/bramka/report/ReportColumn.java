package pl.bramka.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The CSV columns the form offers, in the order they are written; headers come from {@code reports.column.*}. */
enum ReportColumn {
    DATE("date"),
    ORDER_NUMBER("orderNumber"),
    TRANSACTION_ID("transactionId"),
    TITLE("title"),
    TYPE("type"),
    AMOUNT("amount"),
    COMMISSION("commission"),
    NET("net"),
    CURRENCY("currency"),
    STATUS("status"),
    METHOD("method"),
    PAYER("payer"),
    PAYOUT_ID("payoutId"),
    PAYOUT_DATE("payoutDate"),
    SHOP("shop");

    /** The accountant's columns, as the guide lists them. */
    static final List<ReportColumn> ACCOUNTANT = List.of(ORDER_NUMBER, AMOUNT, COMMISSION, CURRENCY);

    private final String parameter;

    ReportColumn(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static Optional<ReportColumn> ofParameter(String value) {
        return Arrays.stream(values()).filter(column -> column.parameter.equals(value)).findFirst();
    }
}
