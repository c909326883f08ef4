package pl.bramka.scheduledreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DeliveryTests {

    private static final ScheduledReportSettings SETTINGS = new ScheduledReportSettings(Duration.ofSeconds(30), 3,
            Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofDays(30), DataSize.ofMegabytes(5),
            DataSize.ofMegabytes(20));

    @Test
    void aFileIsAttachedUpToFiveMegabytesZippedUpToTwentyAndLinkedAbove() {
        assertThat(Delivery.of(DataSize.ofMegabytes(5).toBytes(), SETTINGS)).isEqualTo(Delivery.ATTACHMENT);
        assertThat(Delivery.of(DataSize.ofMegabytes(5).toBytes() + 1, SETTINGS)).isEqualTo(Delivery.ZIP);
        assertThat(Delivery.of(DataSize.ofMegabytes(20).toBytes(), SETTINGS)).isEqualTo(Delivery.ZIP);
        assertThat(Delivery.of(DataSize.ofMegabytes(20).toBytes() + 1, SETTINGS)).isEqualTo(Delivery.LINK);
    }

    @Test
    void theZipHoldsTheFileUnderItsName() throws Exception {
        byte[] csv = "a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                ScheduledReportRunner.zipped("raport.csv", csv)))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("raport.csv");
            assertThat(zip.readAllBytes()).isEqualTo(csv);
            assertThat(zip.getNextEntry()).isNull();
        }
    }
}
