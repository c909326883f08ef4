package pl.bramka.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import pl.bramka.shared.DayRange;

/**
 * The audit log as a CSV file, one line per entry with its hashes, so the file can be checked on its own. A cell
 * that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe: values come from users (shop names, e-mail addresses, URLs).
 */
final class AuditCsv {

    static final String[] HEADER = {"seq", "time", "user", "address", "kind", "target", "detail", "old", "new",
        "previous_hash", "entry_hash"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX")
            .withZone(DayRange.WARSAW);

    private AuditCsv() {
    }

    /** Writes the header, then every entry {@code entries} gives. */
    static void write(Writer writer, Consumer<Consumer<AuditEntry>> entries) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        entries.accept(entry -> {
            try {
                printer.printRecord(entry.seq(), TIME.format(entry.occurredAt()), cell(entry.actor()),
                        cell(entry.address()), entry.kind(), cell(entry.target()), cell(entry.detail()),
                        cell(entry.oldValue()), cell(entry.newValue()), entry.previousHash(), entry.entryHash());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    static String cell(@Nullable String value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
