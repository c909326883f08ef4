package pl.bramka.scheduledreport;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.report.ReportGeneration;

/** The schedules and their runs; every query a merchant can trigger names the merchant. */
@Repository
class ScheduledReports {

    private static final String SCHEDULE_COLUMNS = """
            id, merchant_id, name, report_type, shops, currency, operations, statuses, methods, report_columns,
            csv_dialect, mt940_profile, mt940_encoding, camt_version, frequency, run_at, weekdays, day_of_month, every_days, start_day,
            period, period_days, recipients, owner_id, paused, next_run_at""";
    private static final String RUN_COLUMNS = """
            id, schedule_id, manual, due_at, period_first, period_last, status, attempts, row_count, byte_count,
            duration_ms, error, recipients, delivery, file_name, (content is not null or file_stored) as file_kept,
            created_at""";
    private static final String CLAIMED_COLUMNS = """
            id, schedule_id, merchant_id, period_first, period_last, due_at, attempts, recipients, mail_ids""";

    static final String MERCHANT_FIRST_PAGE = "select " + SCHEDULE_COLUMNS
            + " from scheduled_report where merchant_id = ? order by created_at, id limit ?";
    static final String MERCHANT_NEXT_PAGE = "select " + SCHEDULE_COLUMNS + " from scheduled_report "
            + "where merchant_id = ? and (created_at, id) > (?, ?) order by created_at, id limit ?";
    static final String HISTORY_FIRST_PAGE = "select " + RUN_COLUMNS + " from scheduled_report_run "
            + "where schedule_id = ? and merchant_id = ? order by created_at desc, id desc limit ?";
    static final String HISTORY_NEXT_PAGE = "select " + RUN_COLUMNS + " from scheduled_report_run "
            + "where schedule_id = ? and merchant_id = ? and (created_at, id) < (?, ?) "
            + "order by created_at desc, id desc limit ?";

    /** A run being made or sent, with what it needs: its attempt and, once sent, the e-mails to follow. */
    record ClaimedRun(UUID id, UUID scheduleId, UUID merchantId, LocalDate periodFirst, LocalDate periodLast,
            Instant dueAt, int attempts, List<String> recipients, List<Long> mailIds) {
    }

    /**
     * A run's file, downloadable from the history while kept: on disk ({@code stored}), or, for a run made before
     * files went to disk, its content in the row.
     */
    record RunFile(String fileName, String contentType, boolean stored, byte @Nullable [] content) {
    }

    /** A run whose file lies on disk. */
    record StoredFile(UUID merchantId, UUID runId) {
    }

    private final JdbcClient jdbc;

    ScheduledReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ScheduledReport schedule, Instant now) {
        Frequency frequency = schedule.frequency();
        ReportGeneration.Options options = schedule.filters().options();
        jdbc.sql("insert into scheduled_report (" + SCHEDULE_COLUMNS + ", created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(schedule.id(), schedule.merchantId(), schedule.name(), schedule.type().name(),
                        shopsOf(schedule), schedule.filters().currency(), options.operations().toArray(String[]::new),
                        options.statuses().toArray(String[]::new), options.methods().toArray(String[]::new),
                        options.columns().toArray(String[]::new), options.dialect(), options.mt940Profile(),
                        options.encoding(), options.camtVersion(), frequency.kind().name(), frequency.time(), frequency.weekdayMask(), frequency.dayOfMonth(),
                        frequency.everyDays(), frequency.startDay(), schedule.period().name(), schedule.periodDays(),
                        String.join("\n", schedule.recipients()), schedule.ownerId(), schedule.paused(),
                        Timestamp.from(schedule.nextRunAt()), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    boolean update(ScheduledReport schedule, Instant now) {
        Frequency frequency = schedule.frequency();
        ReportGeneration.Options options = schedule.filters().options();
        return jdbc.sql("""
                update scheduled_report set name = ?, report_type = ?, shops = ?, currency = ?, operations = ?,
                       statuses = ?, methods = ?, report_columns = ?, csv_dialect = ?, mt940_profile = ?,
                       mt940_encoding = ?, camt_version = ?, frequency = ?,
                       run_at = ?, weekdays = ?,
                       day_of_month = ?, every_days = ?, start_day = ?, period = ?, period_days = ?, recipients = ?,
                       next_run_at = ?, updated_at = ?
                where id = ? and merchant_id = ?""")
                .params(schedule.name(), schedule.type().name(), shopsOf(schedule), schedule.filters().currency(),
                        options.operations().toArray(String[]::new), options.statuses().toArray(String[]::new),
                        options.methods().toArray(String[]::new), options.columns().toArray(String[]::new),
                        options.dialect(), options.mt940Profile(), options.encoding(), options.camtVersion(),
                        frequency.kind().name(), frequency.time(),
                        frequency.weekdayMask(), frequency.dayOfMonth(), frequency.everyDays(), frequency.startDay(),
                        schedule.period().name(), schedule.periodDays(), String.join("\n", schedule.recipients()),
                        Timestamp.from(schedule.nextRunAt()), Timestamp.from(now), schedule.id(),
                        schedule.merchantId())
                .update() == 1;
    }

    Optional<ScheduledReport> find(UUID merchantId, UUID id) {
        return jdbc.sql("select " + SCHEDULE_COLUMNS + " from scheduled_report where id = ? and merchant_id = ?")
                .params(id, merchantId).query(ScheduledReports::schedule).optional();
    }

    /** A page of the merchant's schedules, oldest first, after the given one. */
    List<ScheduledReport> page(UUID merchantId, @Nullable UUID after, int limit) {
        Optional<Timestamp> cursor = after == null ? Optional.empty()
                : jdbc.sql("select created_at from scheduled_report where id = ? and merchant_id = ?")
                        .params(after, merchantId).query(Timestamp.class).optional();
        return (cursor.isEmpty() ? jdbc.sql(MERCHANT_FIRST_PAGE).params(merchantId, limit)
                : jdbc.sql(MERCHANT_NEXT_PAGE).params(merchantId, cursor.get(), after, limit))
                .query(ScheduledReports::schedule).list();
    }

    boolean setPaused(UUID merchantId, UUID id, boolean paused, Instant nextRunAt, Instant now) {
        return jdbc.sql("update scheduled_report set paused = ?, next_run_at = ?, updated_at = ? "
                + "where id = ? and merchant_id = ?")
                .params(paused, Timestamp.from(nextRunAt), Timestamp.from(now), id, merchantId).update() == 1;
    }

    boolean setOwner(UUID merchantId, UUID id, UUID ownerId, Instant now) {
        return jdbc.sql("update scheduled_report set owner_id = ?, updated_at = ? where id = ? and merchant_id = ?")
                .params(ownerId, Timestamp.from(now), id, merchantId).update() == 1;
    }

    boolean delete(UUID merchantId, UUID id) {
        return jdbc.sql("delete from scheduled_report where id = ? and merchant_id = ?").params(id, merchantId)
                .update() == 1;
    }

    /** Locks the due schedules no other node is planning; the caller moves each one's next run forward. */
    List<ScheduledReport> lockDue(Instant now, int limit) {
        return jdbc.sql("select " + SCHEDULE_COLUMNS + " from scheduled_report where not paused and next_run_at <= ? "
                + "order by next_run_at limit ? for update skip locked")
                .params(Timestamp.from(now), limit).query(ScheduledReports::schedule).list();
    }

    void moveNextRun(UUID id, Instant nextRunAt) {
        jdbc.sql("update scheduled_report set next_run_at = ? where id = ?").params(Timestamp.from(nextRunAt), id)
                .update();
    }

    /** Adds a run; a scheduled run of a period already made (or being made) is not added again. */
    boolean addRun(UUID id, ScheduledReport schedule, boolean manual, Instant due, LocalDate first, LocalDate last,
            Instant now) {
        return jdbc.sql("""
                insert into scheduled_report_run (id, schedule_id, merchant_id, manual, due_at, period_first,
                       period_last, status, next_attempt_at, recipients, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
                on conflict (schedule_id, period_first, period_last) where not manual do nothing""")
                .params(id, schedule.id(), schedule.merchantId(), manual, Timestamp.from(due), first, last,
                        Timestamp.from(now), String.join("\n", schedule.recipients()), Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Claims one run due for an attempt (or one whose node stopped while making it: its lease ran out) and counts
     * the attempt; no other node or thread can claim it until the lease ends.
     */
    Optional<ClaimedRun> claim(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update scheduled_report_run set status = 'RUNNING', attempts = attempts + 1, lease_until = ?
                where id = (select id from scheduled_report_run
                            where (status = 'PENDING' and next_attempt_at <= ?)
                               or (status = 'RUNNING' and lease_until <= ?)
                            order by next_attempt_at limit 1 for update skip locked)
                returning\s""" + CLAIMED_COLUMNS)
                .params(Timestamp.from(leaseUntil), Timestamp.from(now), Timestamp.from(now))
                .query(ScheduledReports::claimed).optional();
    }

    /** Gives back a run its stopping node did not finish: due now for any node, the attempt not counted. */
    void release(UUID id, Instant now) {
        jdbc.sql("""
                update scheduled_report_run set status = 'PENDING', attempts = attempts - 1, lease_until = null,
                       next_attempt_at = ?
                where id = ? and status = 'RUNNING'""")
                .params(Timestamp.from(now), id).update();
    }

    /** Locks the runs whose e-mails are queued, skipping those another node is looking at. */
    List<ClaimedRun> lockSending(int limit) {
        return jdbc.sql("select " + CLAIMED_COLUMNS + " from scheduled_report_run where status = 'SENDING' "
                + "order by next_attempt_at limit ? for update skip locked")
                .param(limit).query(ScheduledReports::claimed).list();
    }

    /** The file is made and its e-mails queued: the run waits for the outbox to send them. */
    void markSending(UUID id, List<Long> mailIds, long rows, long bytes, long durationMs, String delivery,
            @Nullable String fileName, @Nullable String contentType, @Nullable Instant keptUntil) {
        jdbc.sql("""
                update scheduled_report_run set status = 'SENDING', mail_ids = ?, row_count = ?, byte_count = ?,
                       duration_ms = ?, delivery = ?, file_name = ?, content_type = ?, file_stored = ?,
                       file_expires_at = ?, lease_until = null
                where id = ?""")
                .params(mailIds.toArray(Long[]::new), rows, bytes, durationMs, delivery, fileName, contentType,
                        keptUntil != null, keptUntil == null ? null : Timestamp.from(keptUntil), id)
                .update();
    }

    void markDone(UUID id, Instant now) {
        jdbc.sql("update scheduled_report_run set status = 'DONE', error = null, finished_at = ? where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    /** Another attempt later, or (when {@code nextAttemptAt} is null) failed for good. */
    void markAttemptFailed(UUID id, String error, long durationMs, @Nullable Instant nextAttemptAt, Instant now) {
        jdbc.sql("""
                update scheduled_report_run set status = ?, error = ?, duration_ms = ?, lease_until = null,
                       next_attempt_at = coalesce(?, next_attempt_at), finished_at = ?
                where id = ?""")
                .params(nextAttemptAt == null ? "FAILED" : "PENDING", error, durationMs,
                        nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                        nextAttemptAt == null ? Timestamp.from(now) : null, id)
                .update();
    }

    /** A page of a schedule's runs, newest first, after the given one. */
    List<ScheduledRun> history(UUID merchantId, UUID scheduleId, @Nullable UUID after, int limit) {
        Optional<Timestamp> cursor = after == null ? Optional.empty()
                : jdbc.sql("select created_at from scheduled_report_run where id = ? and schedule_id = ? "
                        + "and merchant_id = ?").params(after, scheduleId, merchantId).query(Timestamp.class)
                        .optional();
        return (cursor.isEmpty() ? jdbc.sql(HISTORY_FIRST_PAGE).params(scheduleId, merchantId, limit)
                : jdbc.sql(HISTORY_NEXT_PAGE).params(scheduleId, merchantId, cursor.get(), after, limit))
                .query(ScheduledReports::run).list();
    }

    Optional<ScheduledRun> lastRun(UUID merchantId, UUID scheduleId) {
        return history(merchantId, scheduleId, null, 1).stream().findFirst();
    }

    Optional<RunFile> file(UUID merchantId, UUID scheduleId, UUID runId, Instant now) {
        return jdbc.sql("select file_name, content_type, file_stored, content from scheduled_report_run "
                + "where id = ? and schedule_id = ? and merchant_id = ? and (content is not null or file_stored) "
                + "and file_expires_at > ?")
                .params(runId, scheduleId, merchantId, Timestamp.from(now))
                .query((rs, row) -> new RunFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBoolean("file_stored"), rs.getBytes("content")))
                .optional();
    }

    /** Forgets the files whose keeping time ended, giving those on disk for deleting; their runs stay listed. */
    List<StoredFile> dropExpiredFiles(Instant now) {
        return jdbc.sql("""
                with expired as (select id, merchant_id, file_stored from scheduled_report_run
                                 where (content is not null or file_stored) and file_expires_at <= ?
                                 for update),
                     dropped as (update scheduled_report_run run set content = null, file_stored = false
                                 from expired where run.id = expired.id)
                select merchant_id, id from expired where file_stored""").param(Timestamp.from(now))
                .query((rs, row) -> new StoredFile(rs.getObject("merchant_id", UUID.class),
                        rs.getObject("id", UUID.class))).list();
    }

    /** The files on disk of a schedule's runs, to delete with the schedule. */
    List<StoredFile> storedFiles(UUID merchantId, UUID scheduleId) {
        return jdbc.sql("select merchant_id, id from scheduled_report_run where schedule_id = ? and merchant_id = ? "
                + "and file_stored").params(scheduleId, merchantId)
                .query((rs, row) -> new StoredFile(rs.getObject("merchant_id", UUID.class),
                        rs.getObject("id", UUID.class))).list();
    }

    private static ClaimedRun claimed(ResultSet rs, int row) throws SQLException {
        Array mailIds = rs.getArray("mail_ids");
        return new ClaimedRun(rs.getObject("id", UUID.class), rs.getObject("schedule_id", UUID.class),
                rs.getObject("merchant_id", UUID.class), rs.getObject("period_first", LocalDate.class),
                rs.getObject("period_last", LocalDate.class), rs.getTimestamp("due_at").toInstant(),
                rs.getInt("attempts"), lines(rs.getString("recipients")),
                mailIds == null ? List.of() : List.of((Long[]) mailIds.getArray()));
    }

    private static ScheduledReport schedule(ResultSet rs, int row) throws SQLException {
        Frequency frequency = new Frequency(Frequency.Kind.valueOf(rs.getString("frequency")),
                rs.getObject("run_at", LocalTime.class), Frequency.weekdaysOf(rs.getInt("weekdays")),
                rs.getInt("day_of_month"), rs.getInt("every_days"), rs.getObject("start_day", LocalDate.class));
        Array shops = rs.getArray("shops");
        return new ScheduledReport(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getString("name"), ReportGeneration.Type.valueOf(rs.getString("report_type")),
                new ReportGeneration.Filters(Set.of((UUID[]) shops.getArray()), rs.getString("currency"),
                        options(rs)), frequency,
                Period.valueOf(rs.getString("period")), rs.getInt("period_days"), lines(rs.getString("recipients")),
                rs.getObject("owner_id", UUID.class), rs.getBoolean("paused"),
                rs.getTimestamp("next_run_at").toInstant());
    }

    private static ReportGeneration.Options options(ResultSet rs) throws SQLException {
        return new ReportGeneration.Options(strings(rs, "operations"), strings(rs, "statuses"), strings(rs, "methods"),
                strings(rs, "report_columns"), rs.getString("csv_dialect"), rs.getString("mt940_profile"),
                rs.getString("mt940_encoding"), rs.getString("camt_version"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    private static ScheduledRun run(ResultSet rs, int row) throws SQLException {
        return new ScheduledRun(rs.getObject("id", UUID.class), rs.getObject("schedule_id", UUID.class),
                rs.getBoolean("manual"), rs.getTimestamp("due_at").toInstant(),
                rs.getObject("period_first", LocalDate.class), rs.getObject("period_last", LocalDate.class),
                rs.getString("status"), rs.getInt("attempts"), rs.getObject("row_count", Long.class),
                rs.getObject("byte_count", Long.class), rs.getObject("duration_ms", Long.class),
                rs.getString("error"), rs.getString("recipients"), rs.getString("delivery"),
                rs.getString("file_name"), rs.getBoolean("file_kept"), rs.getTimestamp("created_at").toInstant());
    }

    private static UUID[] shopsOf(ScheduledReport schedule) {
        return schedule.filters().shops().toArray(UUID[]::new);
    }

    private static List<String> lines(String joined) {
        return Arrays.stream(joined.split("\n")).filter(line -> !line.isBlank()).toList();
    }
}
