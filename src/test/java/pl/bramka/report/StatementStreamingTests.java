package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import pl.bramka.report.StatementEntry.Kind;
import pl.bramka.report.StatementOptions.CamtVersion;
import pl.bramka.report.StatementOptions.Format;
import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

/** The writers keep nothing of what they wrote: a million entries leave the heap as it was. */
class StatementStreamingTests {

    private static final int ENTRIES = 1_000_000;

    /** A million entries kept would take hundreds of megabytes; this leaves room for the JVM's own noise. */
    private static final long FLAT_HEAP_BYTES = 16L * 1024 * 1024;

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMillionEntriesStreamWhileTheHeapStaysFlat(Format format) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        CountingOutputStream out = new CountingOutputStream();
        long before = heapUsedAfterGc(memory);

        StatementWriter writer = new StatementFiles().open(new StatementOptions(format,
                Mt940Profile.POLISH_STRUCTURED, Mt940Encoding.ASCII, CamtVersion.V02), out, StatementSamples.CREATED);
        // Each sale of 100,00 has its commission of 1,25.
        long closing = 500_000L * (100_00 - 1_25);
        writer.startStatement(new StatementAccount("PL03999000120000000000012345", "Sklep", "PLN", "BIG1", 1,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 0, closing, StatementSamples.CREATED));
        Instant first = Mt940GoldenTests.at(2026, 10, 1, 0, 0);
        for (int index = 0; index < ENTRIES; index += 2) {
            Instant bookedAt = first.plus(Duration.ofSeconds(index * 2L));
            String transaction = "TX" + index;
            String order = "ORD-" + index;
            writer.entry(new StatementEntry(Kind.SALE, bookedAt, 100_00, transaction, order, "Zamówienie " + index,
                    "Jan Kowalski", null));
            writer.entry(new StatementEntry(Kind.COMMISSION, bookedAt, -1_25, transaction, order, "Prowizja", null,
                    null));
        }
        long afterEntries = heapUsedAfterGc(memory);
        writer.endStatement();
        writer.finish();

        assertThat(afterEntries - before).as("heap growth while the writer is open").isLessThan(FLAT_HEAP_BYTES);
        assertThat(out.count).as("bytes written").isGreaterThan(ENTRIES * 100L);
    }

    private static long heapUsedAfterGc(MemoryMXBean memory) {
        for (int round = 0; round < 3; round++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Counts the bytes and keeps none. */
    private static final class CountingOutputStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
