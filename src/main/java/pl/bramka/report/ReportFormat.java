package pl.bramka.report;

import java.util.Arrays;
import java.util.Optional;

/** The file a report is written as: the CSV of its rows, or a bank statement of the same bookings. */
enum ReportFormat {
    CSV("csv"),
    MT940("mt940"),
    CAMT053("camt053");

    private final String parameter;

    ReportFormat(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static Optional<ReportFormat> ofParameter(String value) {
        return Arrays.stream(values()).filter(format -> format.parameter.equals(value)).findFirst();
    }
}
