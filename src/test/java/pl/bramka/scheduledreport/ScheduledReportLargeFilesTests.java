package pl.bramka.scheduledreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.Mailbox.Attached;
import pl.bramka.SettledSales;
import pl.bramka.report.ReportGeneration;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;

/**
 * A run's file larger than the attachment limits (lowered here to a few kilobytes), end to end through the mail
 * server: zipped while its zip is small enough, else a link that downloads the file for the merchant's users only.
 */
@TestPropertySource(properties = {"bramka.scheduled-reports.zip-above=1KB",
        "bramka.scheduled-reports.link-above=3KB"})
class ScheduledReportLargeFilesTests extends IntegrationTest {

    @Autowired
    ScheduledReports schedules;

    @Autowired
    ScheduledReportRunner runner;

    @Autowired
    RunFiles files;

    @Autowired
    SettledSales sales;

    @Autowired
    MockMvc mvc;

    private final List<UUID> created = new ArrayList<>();

    @AfterEach
    void deleteSchedules() {
        created.forEach(id -> jdbc.sql("delete from scheduled_report where id = ?").param(id).update());
    }

    @Test
    void aFileAboveTheZipLimitIsSentZippedAndTheZipHoldsTheRunsFile() throws Exception {
        TestMerchant merchant = merchantWithSales(LocalDate.now(DayRange.WARSAW).plusDays(1500), 8);
        String recipient = "zip@large-files.scheduled.test";
        UUID run = runNow(merchant, recipient);

        assertThat(delivery(run)).isEqualTo("ZIP");
        byte[] file = Files.readAllBytes(files.finished(merchant.id(), run));
        assertThat((long) file.length).isGreaterThan(1024).isEqualTo(byteCount(run));
        List<Attached> attachments = Mailbox.attachments(Mailbox.awaitMessage(MAIL, recipient, "Raport " + recipient));
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).fileName()).endsWith(".csv.zip");
        assertThat(attachments.get(0).contentType()).startsWith("application/zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(attachments.get(0).content()))) {
            assertThat(zip.getNextEntry().getName()).endsWith(".csv");
            assertThat(zip.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void aFileWhoseZipIsAboveTheLinkLimitIsLinkedAndTheLinkDownloadsItForTheMerchantsUsersOnly() throws Exception {
        TestMerchant merchant = merchantWithSales(LocalDate.now(DayRange.WARSAW).plusDays(1510), 60);
        String recipient = "link@large-files.scheduled.test";
        UUID run = runNow(merchant, recipient);

        assertThat(delivery(run)).isEqualTo("LINK");
        MimeMessage mail = Mailbox.awaitMessage(MAIL, recipient, "Raport " + recipient);
        assertThat(Mailbox.attachments(mail)).isEmpty();
        String link = URI.create(Mailbox.linkIn(mail)).getPath();
        assertThat(link).endsWith("/runs/" + run + "/file");

        MockHttpServletResponse download = mvc.perform(get(link)
                .with(user(fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE))))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray())
                .isEqualTo(Files.readAllBytes(files.finished(merchant.id(), run)))
                .hasSize((int) byteCount(run));

        TestMerchant stranger = fixtures.merchantWithAllRoles();
        assertThat(mvc.perform(get(link).with(user(fixtures.signedIn(stranger.email(Role.FINANCE_ACTIVE)))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private TestMerchant merchantWithSales(LocalDate day, int count) {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        moveTo(day, LocalTime.of(10, 0));
        for (int sale = 0; sale < count; sale++) {
            sales.settled(fixtures.shopOf(merchant), 10_00 + sale);
        }
        moveTo(day.plusDays(1), LocalTime.of(9, 0));
        return merchant;
    }

    /** "Run now" of a daily transactions CSV of the previous day, made and its e-mails queued. */
    private UUID runNow(TestMerchant merchant, String recipient) {
        Frequency frequency = new Frequency(Frequency.Kind.DAILY, LocalTime.of(6, 0), Set.of(), 0, 0, null);
        ScheduledReport schedule = new ScheduledReport(UUID.randomUUID(), merchant.id(), "Raport " + recipient,
                ReportGeneration.Type.TRANSACTIONS_CSV, ReportGeneration.Filters.NONE, frequency, Period.DAY, 0,
                List.of(recipient), fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id(), true,
                frequency.nextAfter(clock.instant()));
        schedules.insert(schedule, clock.instant());
        created.add(schedule.id());
        runner.runNow(schedule);
        runner.poll();
        return jdbc.sql("select id from scheduled_report_run where schedule_id = ?").param(schedule.id())
                .query(UUID.class).single();
    }

    private String delivery(UUID run) {
        return jdbc.sql("select delivery from scheduled_report_run where id = ?").param(run).query(String.class)
                .single();
    }

    private long byteCount(UUID run) {
        return jdbc.sql("select byte_count from scheduled_report_run where id = ?").param(run).query(Long.class)
                .single();
    }

    private void moveTo(LocalDate day, LocalTime time) {
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(day, time, DayRange.WARSAW).toInstant()));
    }
}
