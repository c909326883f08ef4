package pl.bramka.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.report.GeneratedReport.State;

/**
 * The {@code generated_report} rows. State changes are guarded by the state they leave, so a file that a sweep
 * already took for interrupted is never turned into a finished one by the node that wrote it too late.
 */
@Repository
class GeneratedReportRepository {

    /** How long a finished file stays listed and downloadable. */
    static final Duration KEPT_FOR = Duration.ofDays(7);

    private static final String COLUMNS = """
            id, merchant_id, requested_by, file_name, content_type, parameters, state, rows_written, expected_rows,
            bytes, requested_at, started_at, finished_at, expires_at, error_message""";

    static final String MERCHANT_FIRST_PAGE = "select " + COLUMNS + """
             from generated_report where merchant_id = ?
            order by requested_at desc, id desc limit ?""";

    static final String MERCHANT_NEXT_PAGE = "select " + COLUMNS + """
             from generated_report where merchant_id = ? and (requested_at, id) < (?, ?)
            order by requested_at desc, id desc limit ?""";

    static final String LOCK_EXPIRED = "select " + COLUMNS + """
             from generated_report where expires_at <= ?
            order by expires_at limit ? for update skip locked""";

    /** Where a keyset page of the list starts: after this row of the previous page. */
    record Cursor(Instant requestedAt, UUID id) {

        static Optional<Cursor> parse(@Nullable String text) {
            if (text == null) {
                return Optional.empty();
            }
            String[] parts = text.split("_", 2);
            try {
                return parts.length == 2
                        ? Optional.of(new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1])))
                        : Optional.empty();
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }

        static String after(GeneratedReport report) {
            return report.requestedAt() + "_" + report.id();
        }
    }

    private final JdbcClient jdbc;

    GeneratedReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertQueued(UUID id, BackgroundReports.Request request, String nodeId, Instant now) {
        jdbc.sql("""
                insert into generated_report (id, merchant_id, requested_by, file_name, content_type, parameters,
                    state, expected_rows, node_id, heartbeat_at, requested_at)
                values (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)""")
                .params(id, request.merchantId(), request.requestedBy(), request.fileName(), request.contentType(),
                        request.parameters(), Math.max(0, request.expectedRows()), nodeId, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /** Queued → running; false when it is no longer queued (a sweep interrupted it). */
    boolean markRunning(UUID id, Instant now) {
        return jdbc.sql("""
                update generated_report set state = 'running', started_at = ?, heartbeat_at = ?
                where id = ? and state = 'queued'""")
                .params(Timestamp.from(now), Timestamp.from(now), id).update() == 1;
    }

    void progress(UUID id, long rowsWritten, Instant now) {
        jdbc.sql("""
                update generated_report set rows_written = ?, heartbeat_at = ? where id = ? and state = 'running'""")
                .params(rowsWritten, Timestamp.from(now), id).update();
    }

    /** Running → done; false when a sweep interrupted it meanwhile (its file is then not to be kept). */
    boolean markDone(UUID id, long rowsWritten, long bytes, Instant now) {
        return jdbc.sql("""
                update generated_report set state = 'done', rows_written = ?, bytes = ?, finished_at = ?,
                    expires_at = ?
                where id = ? and state = 'running'""")
                .params(rowsWritten, bytes, Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)), id)
                .update() == 1;
    }

    void markFailed(UUID id, long rowsWritten, String errorMessage, Instant now) {
        jdbc.sql("""
                update generated_report set state = 'failed', rows_written = ?, error_message = ?, finished_at = ?,
                    expires_at = ?
                where id = ? and state in ('queued', 'running')""")
                .params(rowsWritten, errorMessage, Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)), id)
                .update();
    }

    /** The node still writes these: their heartbeat moves on. */
    void heartbeat(String nodeId, Instant now) {
        jdbc.sql("""
                update generated_report set heartbeat_at = ?
                where node_id = ? and state in ('queued', 'running')""")
                .params(Timestamp.from(now), nodeId).update();
    }

    /** Unfinished rows of a node that stopped (or of this node, when it stops): interrupted. */
    int interruptNode(String nodeId, Instant now) {
        return jdbc.sql("""
                update generated_report set state = 'interrupted', finished_at = ?, expires_at = ?
                where node_id = ? and state in ('queued', 'running')""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)), nodeId).update();
    }

    /** Unfinished rows whose node said nothing since {@code staleBefore}: no live node writes them any more. */
    int interruptStale(Instant staleBefore, Instant now) {
        return jdbc.sql("""
                update generated_report set state = 'interrupted', finished_at = ?, expires_at = ?
                where state in ('queued', 'running') and heartbeat_at < ?""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)), Timestamp.from(staleBefore))
                .update();
    }

    /**
     * Locks up to {@code limit} rows past their expiry for the caller's transaction, skipping those another node is
     * deleting right now.
     */
    List<GeneratedReport> lockExpired(Instant now, int limit) {
        return jdbc.sql(LOCK_EXPIRED).params(Timestamp.from(now), limit).query(GeneratedReportRepository::map).list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from generated_report where id = ?").param(id).update();
    }

    Optional<GeneratedReport> findOfMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from generated_report where merchant_id = ? and id = ?")
                .params(merchantId, id).query(GeneratedReportRepository::map).optional();
    }

    /** Deletes the merchant's finished report; false when there is none or it is still being written. */
    boolean deleteFinishedOfMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("""
                delete from generated_report where merchant_id = ? and id = ? and state not in ('queued', 'running')""")
                .params(merchantId, id).update() == 1;
    }

    /** A page of the merchant's reports, newest first. */
    List<GeneratedReport> ofMerchant(UUID merchantId, @Nullable Cursor after, int limit) {
        if (after == null) {
            return jdbc.sql(MERCHANT_FIRST_PAGE).params(merchantId, limit).query(GeneratedReportRepository::map).list();
        }
        return jdbc.sql(MERCHANT_NEXT_PAGE).params(merchantId, Timestamp.from(after.requestedAt()), after.id(), limit)
                .query(GeneratedReportRepository::map).list();
    }

    private static GeneratedReport map(ResultSet rs, int row) throws SQLException {
        return new GeneratedReport(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getObject("requested_by", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                rs.getString("parameters"), State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                rs.getLong("rows_written"), rs.getLong("expected_rows"), rs.getObject("bytes", Long.class),
                rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), instant(rs.getTimestamp("expires_at")),
                rs.getString("error_message"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
