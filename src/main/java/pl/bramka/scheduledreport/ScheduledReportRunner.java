package pl.bramka.scheduledreport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.mail.MailAttachment;
import pl.bramka.mail.MailDelivery;
import pl.bramka.mail.Mailer;
import pl.bramka.report.ReportGeneration;
import pl.bramka.report.ReportGeneration.Generated;
import pl.bramka.scheduledreport.ScheduledReports.ClaimedRun;
import pl.bramka.scheduledreport.ScheduledReports.StoredFile;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.NodeStopping;
import pl.bramka.shared.PublicUrl;
import pl.bramka.user.Permission;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * Makes the scheduled reports. Each poll first turns due times into runs (one per due time, in order, so the due
 * times missed while no node ran are each made once), then makes the runs due, one claimed run at a time: the file,
 * the e-mails to its recipients (queued in the outbox) and the run's record are written in one transaction; the run
 * is done once the outbox has sent every e-mail. A run whose file could not be made, or one of whose e-mails the
 * outbox gave up on, is tried again {@code retries} times with a doubling delay; after the last failure the
 * schedule's owner is told by e-mail. A stopping node claims no more runs and lets the one it is making finish within
 * the shutdown phase; one it could not finish is given back, due at once for another node.
 */
@Component
class ScheduledReportRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledReportRunner.class);
    private static final int PLANNED_AT_ONCE = 50;
    private static final int FOLLOWED_AT_ONCE = 100;
    private static final int ERROR_LENGTH = 500;
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    /** How long an interrupted run may take to give itself back once the shutdown phase is over. */
    private static final Duration GIVE_BACK_WITHIN = Duration.ofSeconds(5);

    private final ScheduledReports schedules;
    private final ReportGeneration generation;
    private final Mailer mailer;
    private final UserManagement users;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final ScheduledReportSettings settings;
    private final RunFiles files;
    private final TransactionTemplate transaction;
    private final NodeStopping node;
    private final Duration shutdownTimeout;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scheduled-reports");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean polling = new AtomicBoolean();

    ScheduledReportRunner(ScheduledReports schedules, ReportGeneration generation, Mailer mailer,
            UserManagement users, MessageSource messages, PublicUrl publicUrl, ScheduledReportSettings settings,
            RunFiles files, PlatformTransactionManager transactionManager, NodeStopping node,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout, Clock clock) {
        this.schedules = schedules;
        this.generation = generation;
        this.mailer = mailer;
        this.users = users;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.settings = settings;
        this.files = files;
        this.transaction = new TransactionTemplate(transactionManager);
        this.node = node;
        this.shutdownTimeout = shutdownTimeout;
        this.clock = clock;
    }

    /**
     * Hands a poll to this runner's own thread, unless one is still at work: a large report then never holds up the
     * application's other jobs (the mail outbox among them), which share the scheduling thread. Runs at start too.
     */
    @Scheduled(fixedDelayString = "${bramka.scheduled-reports.poll-interval:30s}")
    void pollInBackground() {
        if (polling.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    try {
                        poll();
                    } catch (RuntimeException failure) {
                        LOG.error("Scheduled reports poll failed", failure);
                    } finally {
                        polling.set(false);
                    }
                });
            } catch (RejectedExecutionException stopping) {
                polling.set(false);
            }
        }
    }

    /**
     * Waits, within the shutdown phase, for the run being made; one still unfinished then is interrupted, and given
     * back by {@link #make} as it fails, which takes a moment, not another phase.
     */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            worker.shutdownNow();
            worker.awaitTermination(GIVE_BACK_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One poll: plans what is due, makes what is planned, follows what was sent, drops run files past keeping. */
    void poll() {
        planDue();
        while (!node.stopping() && runNext()) {
            // one run per iteration until none is due
        }
        followDeliveries();
        List<StoredFile> dropped = schedules.dropExpiredFiles(clock.instant());
        dropped.forEach(file -> files.delete(file.merchantId(), file.runId()));
        if (!dropped.isEmpty()) {
            LOG.info("{} files of scheduled report runs dropped after {}", dropped.size(), settings.fileRetention());
        }
    }

    /**
     * Adds a run for every due time up to now and moves each schedule to its next due time. Schedules another
     * thread or node is planning are skipped; the unique (schedule, period) of runs keeps a period from being made
     * twice even so.
     */
    void planDue() {
        while (Boolean.TRUE.equals(transaction.execute(status -> {
            Instant now = clock.instant();
            List<ScheduledReport> due = schedules.lockDue(now, PLANNED_AT_ONCE);
            for (ScheduledReport schedule : due) {
                Instant dueAt = schedule.nextRunAt();
                DayRange days = schedule.period().before(dueAt, schedule.periodDays());
                schedules.addRun(UUID.randomUUID(), schedule, false, dueAt, days.first(), days.last(), now);
                schedules.moveNextRun(schedule.id(), schedule.frequency().nextAfter(dueAt));
            }
            return !due.isEmpty();
        }))) {
            // again, until no schedule is due
        }
    }

    /** "Run now": a run of the period the next due time would cover, beside the schedule's own runs. */
    void runNow(ScheduledReport schedule) {
        Instant now = clock.instant();
        DayRange days = schedule.period().before(now, schedule.periodDays());
        schedules.addRun(UUID.randomUUID(), schedule, true, now, days.first(), days.last(), now);
    }

    /** Makes one run that is due, if any; false when none is. */
    boolean runNext() {
        Instant now = clock.instant();
        Optional<ClaimedRun> claimed = transaction.execute(status -> schedules.claim(now, now.plus(settings.lease())));
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        make(claimed.get());
        return true;
    }

    private void make(ClaimedRun run) {
        long started = System.nanoTime();
        try {
            ScheduledReport schedule = schedules.find(run.merchantId(), run.scheduleId()).orElseThrow();
            Locale locale = users.contact(run.merchantId(), schedule.ownerId()).map(UserContact::locale)
                    .orElse(POLISH);
            // The file goes to disk as it is written, so a month of many shops never sits in memory.
            Optional<Generated> written;
            try (OutputStream file = files.create(run.merchantId(), run.id())) {
                written = generation.write(run.merchantId(), schedule.type(), schedule.filters(),
                        new DayRange(run.periodFirst(), run.periodLast()), clock.instant(), locale, file);
            }
            if (written.isEmpty()) {
                files.delete(run.merchantId(), run.id());
                transaction.executeWithoutResult(status -> {
                    List<Long> mailIds = new ArrayList<>();
                    sendNothingBooked(schedule, run, locale, mailIds);
                    schedules.markSending(run.id(), mailIds, 0, 0, elapsed(started), Delivery.NONE.name(), null,
                            null, null);
                });
                return;
            }
            Generated generated = written.get();
            Path file = files.finish(run.merchantId(), run.id());
            List<MailAttachment> attachments = new ArrayList<>();
            Delivery delivery = attachments(run, generated, file, attachments);
            transaction.executeWithoutResult(status -> {
                List<Long> mailIds = new ArrayList<>();
                deliver(schedule, run, generated, delivery, attachments, locale, mailIds);
                schedules.markSending(run.id(), mailIds, generated.rows(), generated.bytes(), elapsed(started),
                        delivery.name(), generated.fileName(), generated.contentType(),
                        clock.instant().plus(settings.fileRetention()));
            });
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Scheduled report run {} failed (attempt {})", run.id(), run.attempts(), failure);
            String error = String.valueOf(failure.getMessage());
            long duration = elapsed(started);
            files.delete(run.merchantId(), run.id());
            if (node.stopping()) {
                LOG.info("Scheduled report run {} given back: this node is stopping", run.id());
                // The stop's interrupt would make the pool refuse the connection the release needs
                boolean interrupted = Thread.interrupted();
                try {
                    schedules.release(run.id(), clock.instant());
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                return;
            }
            transaction.executeWithoutResult(status -> failed(run, error, duration));
        }
    }

    /** Runs whose e-mails are all sent are done; a run with an e-mail the outbox gave up on failed its attempt. */
    void followDeliveries() {
        transaction.executeWithoutResult(status -> {
            for (ClaimedRun run : schedules.lockSending(FOLLOWED_AT_ONCE)) {
                Collection<MailDelivery> deliveries = mailer.deliveries(run.mailIds()).values();
                if (deliveries.contains(MailDelivery.FAILED)) {
                    failed(run, "E-mail not delivered", 0);
                } else if (deliveries.stream().allMatch(state -> state == MailDelivery.SENT
                        || state == MailDelivery.LOCAL)) {
                    schedules.markDone(run.id(), clock.instant());
                }
            }
        });
    }

    /**
     * How the file goes: attached up to {@code zipAbove}; above, zipped (streaming, beside the file) while the zip is
     * at most {@code linkAbove}; else as a link. Only what is attached is read into memory, at most the larger limit.
     */
    private Delivery attachments(ClaimedRun run, Generated generated, Path file, List<MailAttachment> attachments)
            throws IOException {
        long bytes = Files.size(file);
        if (bytes <= settings.zipAbove().toBytes()) {
            attachments.add(new MailAttachment(generated.fileName(), generated.contentType(),
                    Files.readAllBytes(file)));
            return Delivery.ATTACHMENT;
        }
        Path zip = files.zip(run.merchantId(), run.id(), generated.fileName());
        try {
            Delivery delivery = Delivery.of(bytes, Files.size(zip), settings);
            if (delivery == Delivery.ZIP) {
                attachments.add(new MailAttachment(generated.fileName() + ".zip", "application/zip",
                        Files.readAllBytes(zip)));
            }
            return delivery;
        } finally {
            Files.delete(zip);
        }
    }

    /** E-mails the file to every recipient: attached, zipped when large, or as a link when too large to attach. */
    private void deliver(ScheduledReport schedule, ClaimedRun run, Generated generated, Delivery delivery,
            List<MailAttachment> attachments, Locale locale, List<Long> mailIds) {
        String subject = messages.getMessage("scheduledReports.mail.subject",
                new Object[] {schedule.name(), run.periodFirst(), run.periodLast()}, locale);
        String body;
        if (delivery == Delivery.LINK) {
            body = messages.getMessage("scheduledReports.mail.link", new Object[] {schedule.name(),
                    run.periodFirst(), run.periodLast(), generated.rows(), publicUrl.of("/reports/scheduled/"
                            + schedule.id() + "/runs/" + run.id() + "/file"),
                    clock.instant().plus(settings.fileRetention()).atZone(DayRange.WARSAW).toLocalDate()}, locale);
        } else {
            body = messages.getMessage("scheduledReports.mail.body", new Object[] {schedule.name(),
                    run.periodFirst(), run.periodLast(), generated.rows()}, locale);
        }
        for (String recipient : run.recipients()) {
            mailIds.add(mailer.send(recipient, subject, body, attachments));
        }
    }

    /** A statement of a period without bookings would hold no statement: the recipients are told so instead. */
    private void sendNothingBooked(ScheduledReport schedule, ClaimedRun run, Locale locale, List<Long> mailIds) {
        String subject = messages.getMessage("scheduledReports.mail.subject",
                new Object[] {schedule.name(), run.periodFirst(), run.periodLast()}, locale);
        String body = messages.getMessage("scheduledReports.mail.nothingBooked",
                new Object[] {schedule.name(), run.periodFirst(), run.periodLast()}, locale);
        for (String recipient : run.recipients()) {
            mailIds.add(mailer.send(recipient, subject, body, List.of()));
        }
    }

    /** Within the caller's transaction: another attempt later, or the last one failed and the owner is told. */
    private void failed(ClaimedRun run, String error, long durationMs) {
        String shortError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        Instant now = clock.instant();
        if (run.attempts() <= settings.retries()) {
            Duration delay = settings.retryDelay().multipliedBy(1L << (run.attempts() - 1));
            schedules.markAttemptFailed(run.id(), shortError, durationMs, now.plus(delay), now);
            return;
        }
        schedules.markAttemptFailed(run.id(), shortError, durationMs, null, now);
        // A deactivated owner is told nothing: the schedule says so until someone takes it over.
        schedules.find(run.merchantId(), run.scheduleId()).ifPresent(schedule -> users
                .activeUsersWith(run.merchantId(), Permission.VIEW_REPORTS).stream()
                .filter(user -> user.id().equals(schedule.ownerId())).findFirst()
                .ifPresent(owner -> mailer.send(owner.email(),
                        messages.getMessage("scheduledReports.mail.failed.subject", new Object[] {schedule.name()},
                                owner.locale()),
                        messages.getMessage("scheduledReports.mail.failed.body", new Object[] {schedule.name(),
                                run.periodFirst(), run.periodLast(), run.attempts(), shortError,
                                publicUrl.of("/reports/scheduled/" + schedule.id())}, owner.locale()))));
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
