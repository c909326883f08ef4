package pl.bramka.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the CSV is written (formats.md §5). Excel PL opens right in a Polish Excel: a BOM so it reads UTF-8, a
 * semicolon because the comma is the decimal separator, times in Warsaw. Machine is for programs: commas, a
 * decimal point, ISO 8601 times in UTC.
 */
enum CsvDialect {
    EXCEL_PL("excel", ';', ','),
    MACHINE("machine", ',', '.');

    private final String parameter;
    private final char delimiter;
    private final char decimalSeparator;

    CsvDialect(String parameter, char delimiter, char decimalSeparator) {
        this.parameter = parameter;
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
    }

    String parameter() {
        return parameter;
    }

    char delimiter() {
        return delimiter;
    }

    char decimalSeparator() {
        return decimalSeparator;
    }

    static Optional<CsvDialect> ofParameter(String value) {
        return Arrays.stream(values()).filter(dialect -> dialect.parameter.equals(value)).findFirst();
    }
}
