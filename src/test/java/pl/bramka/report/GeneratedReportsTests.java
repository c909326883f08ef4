package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.report.BackgroundReports.Content;
import pl.bramka.report.BackgroundReports.Request;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** Reports written in the background through {@link BackgroundReports}: progress, download, access, expiry, crashes. */
class GeneratedReportsTests extends IntegrationTest {

    private static final String CSV = "text/csv;charset=UTF-8";

    @Autowired
    BackgroundReports background;

    @Autowired
    ReportGenerator generator;

    @Autowired
    GeneratedReportsCleanup cleanup;

    @Autowired
    GeneratedReportFiles files;

    @Autowired
    MockMvc mvc;

    @Autowired
    GeneratedReportRepository repository;

    @Autowired
    GeneratedReportSettings settings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aLargeFileProgressesFinishesAndDownloadsWithItsExactBytesToTheMerchantsReportUsersOnly() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser requester = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);

        UUID id = background.start(new Request(merchant.id(), requester.id(), "transakcje-2026-11.csv", CSV, 50_000,
                "format=csv&from=2026-11-01&to=2026-11-30"), rows(50_000, 25_000, paused, resume));

        assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stateOf(id)).isEqualTo("running");
        // told every 1,000 rows, written to the table every 10,000
        assertThat(rowsWrittenOf(id)).isEqualTo(20_000);
        String running = page(merchant, Role.FINANCE_PASSIVE);
        assertThat(running).contains("transakcje-2026-11.csv", "format=csv&amp;from=2026-11-01&amp;to=2026-11-30",
                "Jan Finance active", "role=\"progressbar\"", "aria-valuenow=\"20000\"", "aria-valuemax=\"50000\"",
                "hx-trigger=\"every 2s\"");
        assertThat(files.partial(merchant.id(), id)).exists();
        assertThat(files.finished(merchant.id(), id)).doesNotExist();

        resume.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(stateOf(id)));
        byte[] expected = expectedBytes(50_000);
        assertThat(rowsWrittenOf(id)).isEqualTo(50_000);
        assertThat(jdbc.sql("select bytes from generated_report where id = ?").param(id).query(Long.class).single())
                .isEqualTo(expected.length);
        assertThat(jdbc.sql("select expires_at - finished_at = interval '7 days' from generated_report where id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(files.partial(merchant.id(), id)).doesNotExist();
        String done = page(merchant, Role.REPRESENTATIVE);
        assertThat(done).contains("Gotowy", "/reports/generated/" + id).doesNotContain("hx-trigger");

        MockHttpServletResponse download = mvc.perform(get("/reports/generated/" + id)
                .with(user(fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE))))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(expected);
        assertThat(download.getContentType()).isEqualTo(CSV);
        assertThat(download.getHeader("Content-Disposition")).contains("attachment", "transakcje-2026-11.csv");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where merchant_id = ? and kind = 'GENERATED_REPORT_DOWNLOADED'
                    and target = 'transakcje-2026-11.csv' and new_value = 'format=csv&from=2026-11-01&to=2026-11-30'
                    and actor_id = ?""")
                .params(merchant.id(), fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE)).id())
                .query(Integer.class).single()).isEqualTo(1);

        TestMerchant other = fixtures.merchantWithAllRoles();
        assertThat(status(get("/reports/generated/" + id), other, Role.REPRESENTATIVE)).isEqualTo(404);
        assertThat(status(get("/reports/generated/" + id + "/delete"), other, Role.REPRESENTATIVE)).isEqualTo(404);
        assertThat(page(other, Role.REPRESENTATIVE)).doesNotContain("transakcje-2026-11.csv")
                .contains("Nie ma wygenerowanych raportów");
        assertThat(status(get("/reports/generated/" + id), merchant, Role.TECHNICAL)).isEqualTo(403);
        assertThat(status(get("/reports/generated"), merchant, Role.TECHNICAL)).isEqualTo(403);
    }

    @Test
    void aFinishedFileIsDeletedSevenDaysAfterItFinished() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID id = startAndFinish(merchant, 3);
        assertThat(files.finished(merchant.id(), id)).exists();

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        cleanup.deleteExpired();
        assertThat(countOf(id)).isEqualTo(1);
        assertThat(status(get("/reports/generated/" + id), merchant, Role.REPRESENTATIVE)).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        cleanup.deleteExpired();
        assertThat(countOf(id)).isZero();
        assertThat(files.finished(merchant.id(), id)).doesNotExist();
        assertThat(status(get("/reports/generated/" + id), merchant, Role.REPRESENTATIVE)).isEqualTo(404);
    }

    @Test
    void unfinishedReportsOfAStoppedNodeBecomeInterruptedButNotThoseOfALiveNode() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID requester = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
        Instant now = clock.instant();
        // A node that crashed while writing: its heartbeat stopped five minutes ago (three intervals are 90 s).
        UUID crashed = insertUnfinished(merchant.id(), requester, "running", "crashed-node", now.minusSeconds(300));
        UUID crashedQueued = insertUnfinished(merchant.id(), requester, "queued", "crashed-node",
                now.minusSeconds(300));
        UUID alive = insertUnfinished(merchant.id(), requester, "running", "live-node", now.minusSeconds(10));

        generator.keepAlive();

        assertThat(stateOf(crashed)).isEqualTo("interrupted");
        assertThat(stateOf(crashedQueued)).isEqualTo("interrupted");
        assertThat(stateOf(alive)).isEqualTo("running");
        assertThat(page(merchant, Role.REPRESENTATIVE)).contains("Przerwany", "restart serwera");
        jdbc.sql("update generated_report set heartbeat_at = ? where id = ?")
                .params(Timestamp.from(now.minusSeconds(300)), alive).update();
        generator.keepAlive();
        assertThat(stateOf(alive)).isEqualTo("interrupted");
    }

    @Test
    void aNodeThatStopsMarksWhatItWasWritingAndWhatWaitedInterrupted() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID requester = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
        ReportGenerator node = new ReportGenerator(repository, files, settings, transactionManager, clock);
        CountDownLatch paused = new CountDownLatch(1);
        UUID writing = node.start(new Request(merchant.id(), requester, "duzy.csv", CSV, 50_000, "format=csv"),
                rows(50_000, 15_000, paused, new CountDownLatch(1)));
        UUID waiting = node.start(new Request(merchant.id(), requester, "kolejny.csv", CSV, 10, "format=csv"),
                rows(10, -1, new CountDownLatch(0), new CountDownLatch(0)));
        assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stateOf(waiting)).isEqualTo("queued");

        node.destroy();

        assertThat(stateOf(writing)).isEqualTo("interrupted");
        assertThat(stateOf(waiting)).isEqualTo("interrupted");
        // the writer, woken by the stop, fails; its row stays interrupted and its partial file goes
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.notExists(files.partial(merchant.id(), writing)));
        assertThat(stateOf(writing)).isEqualTo("interrupted");
        assertThat(files.finished(merchant.id(), writing)).doesNotExist();
    }

    @Test
    void aContentThatFailsLeavesAFailedReportAndNoFile() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID requester = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
        UUID id = background.start(new Request(merchant.id(), requester, "zepsuty.csv", CSV, 10, "format=csv"),
                (out, rowsWritten) -> {
                    out.write("pierwszy wiersz\r\n".getBytes(StandardCharsets.UTF_8));
                    rowsWritten.accept(1);
                    throw new IOException("the database went away");
                });

        await().atMost(Duration.ofSeconds(30)).until(() -> "failed".equals(stateOf(id)));
        assertThat(jdbc.sql("select error_message from generated_report where id = ?").param(id)
                .query(String.class).single()).isEqualTo("the database went away");
        assertThat(files.partial(merchant.id(), id)).doesNotExist();
        assertThat(files.finished(merchant.id(), id)).doesNotExist();
    }

    @Test
    void deletingAFinishedReportAsksFirstThenRemovesItsRowAndFile() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID id = startAndFinish(merchant, 5);
        SignedInUser financePassive = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));

        String confirmation = mvc.perform(get("/reports/generated/" + id + "/delete").with(user(financePassive)))
                .andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Czy na pewno usunąć plik raport.csv?");
        assertThat(countOf(id)).isEqualTo(1);

        MockHttpServletResponse deleted = mvc.perform(post("/reports/generated/" + id + "/delete")
                .with(user(financePassive)).with(csrf())).andReturn().getResponse();
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/reports/generated");
        assertThat(countOf(id)).isZero();
        assertThat(files.finished(merchant.id(), id)).doesNotExist();
    }

    private UUID startAndFinish(TestMerchant merchant, int rowCount) {
        UUID requester = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
        UUID id = background.start(new Request(merchant.id(), requester, "raport.csv", CSV, rowCount, "format=csv"),
                rows(rowCount, -1, new CountDownLatch(0), new CountDownLatch(0)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(stateOf(id)));
        return id;
    }

    /** {@code count} numbered rows with Polish letters, told every 1,000; waits at {@code pauseAt} until resumed. */
    static Content rows(int count, int pauseAt, CountDownLatch paused, CountDownLatch resume) {
        return (out, rowsWritten) -> {
            for (int row = 1; row <= count; row++) {
                out.write(line(row));
                if (row % 1000 == 0) {
                    rowsWritten.accept(row);
                }
                if (row == pauseAt) {
                    paused.countDown();
                    try {
                        resume.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                        throw new IOException(stopped);
                    }
                }
            }
            rowsWritten.accept(count);
        };
    }

    static byte[] expectedBytes(int count) {
        StringBuilder all = new StringBuilder();
        for (int row = 1; row <= count; row++) {
            all.append(new String(line(row), StandardCharsets.UTF_8));
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] line(int row) {
        return ("2026-11-" + (row % 30 + 1) + ";ZAM-" + row + ";Zażółć gęślą jaźń;" + row * 7 + ",99;PLN\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private UUID insertUnfinished(UUID merchantId, UUID requester, String state, String node, Instant heartbeat) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into generated_report (id, merchant_id, requested_by, file_name, content_type, parameters,
                    state, expected_rows, node_id, heartbeat_at, requested_at, started_at)
                values (?, ?, ?, 'przerwany.csv', 'text/csv', 'format=csv', ?, 1000, ?, ?, ?, ?)""")
                .params(id, merchantId, requester, state, node, Timestamp.from(heartbeat), Timestamp.from(heartbeat),
                        "running".equals(state) ? Timestamp.from(heartbeat) : null)
                .update();
        return id;
    }

    private String page(TestMerchant merchant, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/reports/generated")
                .with(user(fixtures.signedIn(merchant.email(role))))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            TestMerchant merchant, Role role) throws Exception {
        return mvc.perform(request.with(user(fixtures.signedIn(merchant.email(role))))).andReturn().getResponse()
                .getStatus();
    }

    private String stateOf(UUID id) {
        return jdbc.sql("select state from generated_report where id = ?").param(id).query(String.class).single();
    }

    private long rowsWrittenOf(UUID id) {
        return jdbc.sql("select rows_written from generated_report where id = ?").param(id).query(Long.class)
                .single();
    }

    private int countOf(UUID id) {
        return jdbc.sql("select count(*) from generated_report where id = ?").param(id).query(Integer.class).single();
    }
}
