package pl.bramka.scheduledreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.mail.Mailer;
import pl.bramka.report.ReportGeneration;
import pl.bramka.shared.NodeStopping;
import pl.bramka.shared.PublicUrl;
import pl.bramka.user.Role;
import pl.bramka.user.UserManagement;

/**
 * The runner on the test clock: a daily 06:00 schedule across both DST changes with two dispatcher threads polling at
 * once, the days missed while no node ran, "run now", and a mail server that is down.
 */
class ScheduledReportRunnerTests extends IntegrationTest {

    /** Due times and periods of a schedule's runs, oldest first. */
    record PlannedRun(Instant dueAt, LocalDate first, LocalDate last, boolean manual) {
    }

    @Autowired
    ScheduledReports schedules;

    @Autowired
    ScheduledReportRunner runner;

    @Autowired
    MockMvc mvc;

    @Autowired
    RunFiles files;

    @Autowired
    ReportGeneration generation;

    @Autowired
    Mailer mailer;

    @Autowired
    UserManagement users;

    @Autowired
    MessageSource messages;

    @Autowired
    PublicUrl publicUrl;

    @Autowired
    ScheduledReportSettings settings;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<UUID> created = new ArrayList<>();
    private final ExecutorService dispatchers = Executors.newFixedThreadPool(2);

    @AfterEach
    void deleteSchedules() {
        dispatchers.shutdownNow();
        created.forEach(id -> jdbc.sql("delete from scheduled_report where id = ?").param(id).update());
    }

    @Test
    void aDailyScheduleRunsOncePerDayAcrossSpringForwardOnTwoDispatchers() throws Exception {
        moveClockTo("2027-03-26T12:00:00Z");
        ScheduledReport schedule = daily(fixtures.merchantWithAllRoles(), "daily@spring-forward.scheduled.test",
                false);

        pollHourlyOnTwoThreads(5 * 24);

        assertThat(runsOf(schedule)).containsExactly(
                run("2027-03-27T05:00:00Z", "2027-03-26"), run("2027-03-28T04:00:00Z", "2027-03-27"),
                run("2027-03-29T04:00:00Z", "2027-03-28"), run("2027-03-30T04:00:00Z", "2027-03-29"),
                run("2027-03-31T04:00:00Z", "2027-03-30"));
        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessagesForDomain(
                "daily@spring-forward.scheduled.test").length == 5);
    }

    @Test
    void aDailyScheduleRunsOncePerDayAcrossFallBackOnTwoDispatchers() throws Exception {
        moveClockTo("2027-10-29T12:00:00Z");
        ScheduledReport schedule = daily(fixtures.merchantWithAllRoles(), "daily@fall-back.scheduled.test", false);

        pollHourlyOnTwoThreads(5 * 24);

        assertThat(runsOf(schedule)).containsExactly(
                run("2027-10-30T04:00:00Z", "2027-10-29"), run("2027-10-31T05:00:00Z", "2027-10-30"),
                run("2027-11-01T05:00:00Z", "2027-10-31"), run("2027-11-02T05:00:00Z", "2027-11-01"),
                run("2027-11-03T05:00:00Z", "2027-11-02"));
    }

    @Test
    void theDaysMissedWhileNoNodeRanAreEachMadeOnceOnStart() throws Exception {
        moveClockTo("2027-05-10T12:00:00Z");
        ScheduledReport schedule = daily(fixtures.merchantWithAllRoles(), "daily@missed.scheduled.test", false);
        clock.advance(Duration.ofHours(17));
        runner.poll();
        assertThat(runsOf(schedule)).containsExactly(run("2027-05-11T04:00:00Z", "2027-05-10"));

        // Down for three days: nothing polls until the application starts again.
        clock.advance(Duration.ofDays(3));
        pollOnTwoThreads();
        pollOnTwoThreads();

        assertThat(runsOf(schedule)).containsExactly(run("2027-05-11T04:00:00Z", "2027-05-10"),
                run("2027-05-12T04:00:00Z", "2027-05-11"), run("2027-05-13T04:00:00Z", "2027-05-12"),
                run("2027-05-14T04:00:00Z", "2027-05-13"));
    }

    @Test
    void aRunItsStoppingNodeCouldNotFinishIsGivenBackDueAtOnceWithItsAttemptNotCounted() throws Exception {
        moveClockTo("2027-06-10T12:00:00Z");
        daily(fixtures.merchantWithAllRoles(), "daily@given-back.scheduled.test", false);
        clock.advance(Duration.ofDays(1));
        runner.planDue();
        NodeStopping stoppingNode = new NodeStopping();
        List<UUID> interrupted = new ArrayList<>();
        RunFiles interruptedByTheStop = new RunFiles(settings) {
            @Override
            OutputStream create(UUID merchantId, UUID runId) throws IOException {
                interrupted.add(runId);
                stoppingNode.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
                throw new ClosedByInterruptException();
            }
        };
        ScheduledReportRunner stopping = new ScheduledReportRunner(schedules, generation, mailer, users, messages,
                publicUrl, settings, interruptedByTheStop, transactionManager, stoppingNode, Duration.ofSeconds(1),
                clock);

        assertThat(stopping.runNext()).isTrue();

        UUID givenBack = interrupted.get(0);
        assertThat(jdbc.sql("""
                select status || ' ' || attempts || ' ' || (lease_until is null) || ' ' || (next_attempt_at <= ?)
                from scheduled_report_run where id = ?""").params(Timestamp.from(clock.instant()), givenBack)
                .query(String.class).single()).isEqualTo("PENDING 0 true true");
        while (runner.runNext()) {
            // the next node makes what is due, the given-back run among it
        }
        assertThat(jdbc.sql("select status <> 'PENDING' and attempts = 1 from scheduled_report_run where id = ?")
                .param(givenBack).query(Boolean.class).single()).as("made by the next node in one attempt").isTrue();
    }

    @Test
    void runNowMakesTheLastPeriodBesideTheScheduleWithoutMovingIt() throws Exception {
        moveClockTo("2027-05-20T10:00:00Z");
        ScheduledReport schedule = daily(fixtures.merchantWithAllRoles(), "daily@run-now.scheduled.test", false);
        Instant nextRun = schedules.find(schedule.merchantId(), schedule.id()).orElseThrow().nextRunAt();

        runner.runNow(schedule);
        runner.poll();

        assertThat(schedules.find(schedule.merchantId(), schedule.id()).orElseThrow().nextRunAt())
                .isEqualTo(nextRun);
        clock.advance(Duration.ofDays(1));
        runner.poll();
        assertThat(runsOf(schedule)).extracting(PlannedRun::first, PlannedRun::last, PlannedRun::manual)
                .containsExactly(tuple(LocalDate.parse("2027-05-19"), LocalDate.parse("2027-05-19"), true),
                        tuple(LocalDate.parse("2027-05-20"), LocalDate.parse("2027-05-20"), false));
    }

    @Test
    void aMailServerThatIsDownLeadsToThreeRetriesAndAnEmailToTheOwner() throws Exception {
        moveClockTo("2027-06-01T10:00:00Z");
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String recipient = "finance@smtp-down.scheduled.test";
        ScheduledReport schedule = daily(merchant, recipient, true);
        UUID runId;
        MAIL.stop();
        try {
            runner.runNow(schedule);
            runId = jdbc.sql("select id from scheduled_report_run where schedule_id = ?").param(schedule.id())
                    .query(UUID.class).single();
            // Each step moves the clock past the outbox's and the run's next attempt, and polls.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                clock.advance(Duration.ofHours(6));
                runner.poll();
                return "FAILED".equals(statusOf(runId));
            });
        } finally {
            MAIL.start();
        }

        assertThat(jdbc.sql("select attempts from scheduled_report_run where id = ?").param(runId)
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and status = 'FAILED'")
                .param(recipient).query(Integer.class).single()).isEqualTo(4);
        String owner = merchant.email(Role.REPRESENTATIVE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            clock.advance(Duration.ofMinutes(10));
            return MAIL.getReceivedMessagesForDomain(owner).length > 0;
        });
        assertThat(Mailbox.body(Mailbox.awaitMessage(MAIL, owner, schedule.name())))
                .contains("4").contains("2027-05-31").contains("/reports/scheduled/" + schedule.id());
        String list = mvc.perform(get("/reports/scheduled").with(user(fixtures.signedIn(owner)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("run-failed");
    }

    @Test
    void aRunThatFailsForGoodTellsAnActiveOwnerButNotADeactivatedOne() {
        moveClockTo("2027-06-01T10:00:00Z");
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String activeOwner = merchant.email(Role.REPRESENTATIVE);
        String deactivatedOwner = merchant.email(Role.FINANCE_ACTIVE);
        UUID toldRun = failingRun(merchant, activeOwner, "told@owner.scheduled.test");
        UUID silentRun = failingRun(merchant, deactivatedOwner, "silent@owner.scheduled.test");
        jdbc.sql("update user_account set status = 'DEACTIVATED' where id = ?")
                .param(fixtures.signedIn(deactivatedOwner).id()).update();

        // Each poll tries the runs again once their doubling delay has passed: the first attempt and three retries.
        for (int poll = 0; poll < 4; poll++) {
            runner.poll();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(statusOf(toldRun)).isEqualTo("FAILED");
        assertThat(statusOf(silentRun)).isEqualTo("FAILED");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(activeOwner)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(deactivatedOwner)
                .query(Integer.class).single()).isZero();
    }

    /**
     * A run of a schedule whose shop is no longer the merchant's: the report form's reading refuses it, so every
     * attempt fails while making the file.
     */
    private UUID failingRun(TestMerchant merchant, String ownerEmail, String recipient) {
        Frequency frequency = new Frequency(Frequency.Kind.DAILY, LocalTime.of(6, 0), Set.of(), 0, 0, null);
        ScheduledReport schedule = new ScheduledReport(UUID.randomUUID(), merchant.id(), "Raport " + recipient,
                ReportGeneration.Type.TRANSACTIONS_CSV, new ReportGeneration.Filters(Set.of(UUID.randomUUID()), null,
                        ReportGeneration.Options.DEFAULTS), frequency, Period.DAY, 0, List.of(recipient),
                fixtures.signedIn(ownerEmail).id(), true, frequency.nextAfter(clock.instant()));
        schedules.insert(schedule, clock.instant());
        created.add(schedule.id());
        runner.runNow(schedule);
        return jdbc.sql("select id from scheduled_report_run where schedule_id = ?").param(schedule.id())
                .query(UUID.class).single();
    }

    @Test
    void everyTypeMakesItsFileAStatementWithoutBookingsNoneAndThePayoutReportIsThatOfItsPage() throws Exception {
        moveClockTo("2027-07-01T10:00:00Z");
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        fixtures.shopOf(merchant);
        for (ReportGeneration.Type type : ReportGeneration.Type.values()) {
            ScheduledReport schedule = daily(merchant, "types@every-type.scheduled.test", true, type);
            runner.runNow(schedule);
        }
        runner.poll();

        // The suite's mail poller may already have sent a run's e-mail (DONE) or not yet (SENDING): both mean made.
        assertThat(jdbc.sql("select s.report_type || ' ' || coalesce(r.file_name, r.delivery) || ' ' "
                + "|| case when r.status in ('SENDING', 'DONE') then 'MADE' else r.status end "
                + "from scheduled_report_run r "
                + "join scheduled_report s on s.id = r.schedule_id where r.merchant_id = ? order by s.report_type")
                .param(merchant.id()).query(String.class).list()).containsExactly(
                "ACCOUNTANT raport-2027-06-30-2027-06-30.csv MADE",
                "CAMT053 NONE MADE", "MT940 NONE MADE",
                "PAYOUTS wyplaty-2027-06-30-2027-06-30.csv MADE",
                "TRANSACTIONS_CSV raport-2027-06-30-2027-06-30.csv MADE");
        UUID payoutsRun = jdbc.sql("select r.id from scheduled_report_run r join scheduled_report s "
                + "on s.id = r.schedule_id where r.merchant_id = ? and s.report_type = 'PAYOUTS'")
                .param(merchant.id()).query(UUID.class).single();
        byte[] payouts = Files.readAllBytes(files.finished(merchant.id(), payoutsRun));
        assertThat(jdbc.sql("select byte_count from scheduled_report_run where id = ?").param(payoutsRun)
                .query(Long.class).single()).isEqualTo(payouts.length);
        String page = mvc.perform(get("/reports/payouts?show=1&format=csv&range=custom&from=2027-06-30&to=2027-06-30")
                .with(user(fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE))))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(new String(payouts, StandardCharsets.UTF_8)).startsWith("\uFEFFID wypłaty;").isEqualTo(page);
    }

    private ScheduledReport daily(TestMerchant merchant, String recipient, boolean paused) {
        return daily(merchant, recipient, paused, ReportGeneration.Type.TRANSACTIONS_CSV);
    }

    private ScheduledReport daily(TestMerchant merchant, String recipient, boolean paused,
            ReportGeneration.Type type) {
        Frequency frequency = new Frequency(Frequency.Kind.DAILY, LocalTime.of(6, 0), Set.of(), 0, 0, null);
        ScheduledReport schedule = new ScheduledReport(UUID.randomUUID(), merchant.id(),
                "Raport " + recipient, type, ReportGeneration.Filters.NONE, frequency, Period.DAY, 0,
                List.of(recipient), fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id(), paused,
                frequency.nextAfter(clock.instant()));
        schedules.insert(schedule, clock.instant());
        created.add(schedule.id());
        return schedule;
    }

    private void pollHourlyOnTwoThreads(int hours) throws Exception {
        for (int hour = 0; hour < hours; hour++) {
            clock.advance(Duration.ofHours(1));
            pollOnTwoThreads();
        }
    }

    private void pollOnTwoThreads() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> polls = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
            polls.add(dispatchers.submit(() -> {
                together.await();
                runner.poll();
                return null;
            }));
        }
        for (Future<?> poll : polls) {
            poll.get();
        }
    }

    private List<PlannedRun> runsOf(ScheduledReport schedule) {
        return jdbc.sql("select due_at, period_first, period_last, manual from scheduled_report_run "
                + "where schedule_id = ? order by due_at, manual").param(schedule.id())
                .query((rs, row) -> new PlannedRun(rs.getTimestamp("due_at").toInstant(),
                        rs.getObject("period_first", LocalDate.class), rs.getObject("period_last", LocalDate.class),
                        rs.getBoolean("manual")))
                .list();
    }

    private String statusOf(UUID runId) {
        return jdbc.sql("select status from scheduled_report_run where id = ?").param(runId).query(String.class)
                .single();
    }

    private static PlannedRun run(String dueAt, String day) {
        return new PlannedRun(Instant.parse(dueAt), LocalDate.parse(day), LocalDate.parse(day), false);
    }

    private void moveClockTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }
}
