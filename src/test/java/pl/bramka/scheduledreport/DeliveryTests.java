package pl.bramka.scheduledreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DeliveryTests {

    @TempDir
    Path directory;

    @Test
    void aFileIsAttachedUpToFiveMegabytesZippedWhileItsZipIsUpToTwentyAndLinkedAbove() {
        ScheduledReportSettings settings = settings(directory);
        long five = DataSize.ofMegabytes(5).toBytes();
        long twenty = DataSize.ofMegabytes(20).toBytes();
        assertThat(Delivery.of(five, five, settings)).isEqualTo(Delivery.ATTACHMENT);
        assertThat(Delivery.of(five + 1, five, settings)).isEqualTo(Delivery.ZIP);
        assertThat(Delivery.of(twenty * 4, twenty, settings)).isEqualTo(Delivery.ZIP);
        assertThat(Delivery.of(twenty * 4, twenty + 1, settings)).isEqualTo(Delivery.LINK);
    }

    @Test
    void aRunsFileIsWrittenUnderItsPartialNameThenFinishedAndZippedBesideIt() throws Exception {
        RunFiles files = new RunFiles(settings(directory));
        UUID merchant = UUID.randomUUID();
        UUID run = UUID.randomUUID();
        byte[] csv = "a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = files.create(merchant, run)) {
            out.write(csv);
        }
        assertThat(files.finished(merchant, run)).doesNotExist();
        Path finished = files.finish(merchant, run);
        assertThat(finished).hasBinaryContent(csv);

        Path zip = files.zip(merchant, run, "raport.csv");
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry = entries.getNextEntry();
            assertThat(entry.getName()).isEqualTo("raport.csv");
            assertThat(entries.readAllBytes()).isEqualTo(csv);
            assertThat(entries.getNextEntry()).isNull();
        }

        files.delete(merchant, run);
        assertThat(finished).doesNotExist();
        assertThat(zip).doesNotExist();
    }

    private static ScheduledReportSettings settings(Path directory) {
        return new ScheduledReportSettings(Duration.ofSeconds(30), 3, Duration.ofMinutes(1), Duration.ofMinutes(10),
                Duration.ofDays(30), DataSize.ofMegabytes(5), DataSize.ofMegabytes(20), directory);
    }
}
