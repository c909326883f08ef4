package pl.bramka.database;

import java.time.Duration;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where reports read: a replica when one is configured ({@code bramka.reports.datasource.url}), otherwise the
 * primary. Reads only: a report's own rows (generated reports, scheduled runs) are written to the primary by their
 * modules as before. A replica that is a standby is used only once it has replayed the primary's WAL up to where the
 * primary was when the read began, so a report never misses what was committed before it was asked for; a replica
 * still behind after {@code bramka.reports.datasource.max-lag}, or not answering, is skipped and the primary answers;
 * the reads of the next max-lag go straight to the primary, so a report of several queries waits for it once.
 */
public final class ReportsDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsDatabase.class);
    private static final long REPLAY_POLL_MILLIS = 50;

    /** The two ways to query one database inside a read: named statements, and a connection's own cursors. */
    public record Reader(JdbcClient jdbc, JdbcTemplate template) {

        private static Reader of(DataSource dataSource) {
            JdbcTemplate template = new JdbcTemplate(dataSource);
            return new Reader(JdbcClient.create(template), template);
        }
    }

    private final Reader primary;
    private final TransactionTemplate primaryRead;
    private final @Nullable HikariDataSource replicaPool;
    private final @Nullable Reader replica;
    private final @Nullable TransactionTemplate replicaRead;
    private final Duration maxLag;
    /** {@link System#nanoTime()} until which reads skip the replica, after it was found behind or down. */
    private volatile long replicaSkippedUntil = System.nanoTime();

    private ReportsDatabase(Reader primary, TransactionTemplate primaryRead, @Nullable HikariDataSource replicaPool,
            @Nullable Reader replica, @Nullable TransactionTemplate replicaRead, Duration maxLag) {
        this.primary = primary;
        this.primaryRead = primaryRead;
        this.replicaPool = replicaPool;
        this.replica = replica;
        this.replicaRead = replicaRead;
        this.maxLag = maxLag;
    }

    static ReportsDatabase primaryOnly(DataSource primary, PlatformTransactionManager transactions) {
        return new ReportsDatabase(Reader.of(primary), readOnly(transactions), null, null, null, Duration.ZERO);
    }

    static ReportsDatabase withReplica(DataSource primary, PlatformTransactionManager primaryTransactions,
            HikariDataSource replica, PlatformTransactionManager replicaTransactions, Duration maxLag) {
        return new ReportsDatabase(Reader.of(primary), readOnly(primaryTransactions), replica, Reader.of(replica),
                readOnly(replicaTransactions), maxLag);
    }

    /**
     * Runs the work in one read-only transaction (a consistent snapshot, and the only way PostgreSQL streams rows
     * with a fetch size) on the replica when it has caught up, else on the primary.
     */
    public <T> T read(Function<Reader, T> work) {
        if (replica != null && replicaRead != null && System.nanoTime() - replicaSkippedUntil >= 0) {
            if (caughtUp(replica)) {
                return replicaRead.execute(status -> work.apply(replica));
            }
            replicaSkippedUntil = System.nanoTime() + maxLag.toNanos();
        }
        return primaryRead.execute(status -> work.apply(primary));
    }

    @Override
    public void close() {
        if (replicaPool != null) {
            replicaPool.close();
        }
    }

    /**
     * Whether the replica has replayed what the primary had written by now, waiting up to the max lag for it; false
     * when it cannot be asked.
     */
    private boolean caughtUp(Reader replica) {
        String written = primary.jdbc().sql("select cast(pg_current_wal_lsn() as text)").query(String.class).single();
        long deadline = System.nanoTime() + maxLag.toNanos();
        while (true) {
            Boolean replayed;
            try {
                // A server that is not a standby (a logical replica, a copy) replays nothing and is taken as it is.
                replayed = replica.jdbc().sql("select not pg_is_in_recovery() or coalesce("
                        + "pg_last_wal_replay_lsn() >= cast(? as pg_lsn), false)").param(written)
                        .query(Boolean.class).single();
            } catch (DataAccessException unreachable) {
                LOG.warn("The reports' replica does not answer: reports read the primary for {}", maxLag,
                        unreachable);
                return false;
            }
            if (Boolean.TRUE.equals(replayed)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                LOG.warn("The reports' replica has not replayed {} after {}: reports read the primary for as long",
                        written, maxLag);
                return false;
            }
            try {
                Thread.sleep(REPLAY_POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }
}
