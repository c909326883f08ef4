package pl.bramka.payout;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The settlement runs, one row per period; the row's lock is what lets only one node settle a period. */
@Repository
class PayoutRuns {

    private final JdbcClient jdbc;

    PayoutRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the period's run for the caller's database transaction: false when it is finished already or another
     * node is settling it right now (its row is locked).
     */
    boolean claim(LocalDate period, Instant now) {
        jdbc.sql("insert into payout_run (period, started_at) values (?, ?) on conflict do nothing")
                .params(period, Timestamp.from(now)).update();
        Optional<Boolean> finished = jdbc.sql("select finished_at is not null from payout_run where period = ? "
                + "for update skip locked").param(period).query(Boolean.class).optional();
        if (finished.isEmpty() || finished.get()) {
            return false;
        }
        jdbc.sql("update payout_run set started_at = ? where period = ?").params(Timestamp.from(now), period).update();
        return true;
    }

    void finish(LocalDate period, Instant finishedAt, int payoutsMade) {
        jdbc.sql("""
                update payout_run set finished_at = ?, payouts_made = ?,
                    duration_ms = (extract(epoch from (? - started_at)) * 1000)::bigint
                where period = ?""")
                .params(Timestamp.from(finishedAt), payoutsMade, Timestamp.from(finishedAt), period).update();
    }

    boolean finished(LocalDate period) {
        return jdbc.sql("select exists (select 1 from payout_run where period = ? and finished_at is not null)")
                .param(period).query(Boolean.class).single();
    }

    /** The latest finished run, for the pages that show how settlement stands. */
    Optional<SettlementRun> latest() {
        return jdbc.sql("""
                select period, started_at, finished_at, duration_ms, payouts_made from payout_run
                where finished_at is not null order by finished_at desc limit 1""")
                .query((rs, row) -> new SettlementRun(rs.getObject("period", LocalDate.class),
                        rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("finished_at")),
                        rs.getLong("duration_ms"), rs.getInt("payouts_made")))
                .optional();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
