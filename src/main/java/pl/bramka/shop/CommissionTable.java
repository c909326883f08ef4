package pl.bramka.shop;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default commission table the operator manages: a percentage per method and a fixed fee per method and
 * currency. New shops copy it; a shop's own commissions and the commission stored on settled sales never change with
 * it. Every change is kept with the operator who made it.
 */
@Service
public class CommissionTable {

    /** One row: a method in a currency. */
    public record DefaultCommission(String methodCode, String currency, int percentBp, long fixedFeeMinor) {
    }

    /** One change of a row; the old values are null for a currency the method had no fee in. */
    public record CommissionChange(String methodCode, String currency, @Nullable Integer oldPercentBp,
            int newPercentBp, @Nullable Long oldFixedFee, long newFixedFee, UUID changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CommissionTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<DefaultCommission> rows() {
        return jdbc.sql("""
                select d.method_code, f.currency, d.percent_bp, f.fixed_fee_minor
                from commission_default d join commission_default_fee f on f.method_code = d.method_code
                order by d.method_code, f.currency""")
                .query((rs, row) -> new DefaultCommission(rs.getString("method_code"), rs.getString("currency"),
                        rs.getInt("percent_bp"), rs.getLong("fixed_fee_minor")))
                .list();
    }

    public Optional<DefaultCommission> row(String methodCode, String currency) {
        return rows().stream().filter(row -> row.methodCode().equals(methodCode) && row.currency().equals(currency))
                .findFirst();
    }

    /**
     * Sets a method's percentage (for every currency, as the table keeps it per method) and its fixed fee in one
     * currency; false when the method is not in the table.
     */
    @Transactional
    public boolean change(String methodCode, String currency, int percentBp, long fixedFeeMinor, UUID operatorId) {
        Optional<Integer> oldPercent = jdbc.sql("select percent_bp from commission_default where method_code = ? "
                + "for update").param(methodCode).query(Integer.class).optional();
        if (oldPercent.isEmpty()) {
            return false;
        }
        Long oldFee = jdbc.sql("select fixed_fee_minor from commission_default_fee where method_code = ? "
                + "and currency = ?").params(methodCode, currency).query(Long.class).optional().orElse(null);
        jdbc.sql("update commission_default set percent_bp = ? where method_code = ?").params(percentBp, methodCode)
                .update();
        jdbc.sql("""
                insert into commission_default_fee (method_code, currency, fixed_fee_minor) values (?, ?, ?)
                on conflict (method_code, currency) do update set fixed_fee_minor = excluded.fixed_fee_minor""")
                .params(methodCode, currency, fixedFeeMinor).update();
        jdbc.sql("""
                insert into commission_default_change (method_code, currency, old_percent_bp, new_percent_bp,
                    old_fixed_fee, new_fixed_fee, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(methodCode, currency, oldPercent.get(), percentBp, oldFee, fixedFeeMinor, operatorId,
                        Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    /** The latest changes, newest first. */
    public List<CommissionChange> history(int limit) {
        return jdbc.sql("""
                select method_code, currency, old_percent_bp, new_percent_bp, old_fixed_fee, new_fixed_fee,
                    changed_by, changed_at
                from commission_default_change order by changed_at desc, id desc limit ?""")
                .param(limit)
                .query((rs, row) -> new CommissionChange(rs.getString("method_code"), rs.getString("currency"),
                        (Integer) rs.getObject("old_percent_bp"), rs.getInt("new_percent_bp"),
                        (Long) rs.getObject("old_fixed_fee"), rs.getLong("new_fixed_fee"),
                        rs.getObject("changed_by", UUID.class), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
