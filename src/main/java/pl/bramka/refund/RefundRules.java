package pl.bramka.refund;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The four-eyes thresholds of a merchant, per currency, in minor units. */
@Repository
class RefundRules {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RefundRules(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The amount from which a refund in this currency needs approval; empty when it never does. */
    Optional<Long> thresholdOf(UUID merchantId, String currency) {
        return jdbc.sql("select threshold from refund_approval_rule where merchant_id = ? and currency = ?")
                .params(merchantId, currency).query(Long.class).optional();
    }

    Map<String, Long> thresholdsOf(UUID merchantId) {
        Map<String, Long> thresholds = new TreeMap<>();
        jdbc.sql("select currency, threshold from refund_approval_rule where merchant_id = ?").param(merchantId)
                .query(rs -> {
                    thresholds.put(rs.getString("currency"), rs.getLong("threshold"));
                });
        return thresholds;
    }

    /** Replaces the merchant's thresholds; a currency left out needs no approval. */
    @Transactional
    void replace(UUID merchantId, Map<String, Long> thresholds, UUID editor) {
        Map<String, Long> before = thresholdsOf(merchantId);
        jdbc.sql("delete from refund_approval_rule where merchant_id = ?").param(merchantId).update();
        Timestamp now = Timestamp.from(clock.instant());
        thresholds.forEach((currency, threshold) -> jdbc.sql("""
                insert into refund_approval_rule (merchant_id, currency, threshold, updated_by, updated_at)
                values (?, ?, ?, ?, ?)""").params(merchantId, currency, threshold, editor, now).update());
        if (!before.equals(new TreeMap<>(thresholds))) {
            events.publishEvent(new RefundRulesChanged(merchantId, before, new TreeMap<>(thresholds), editor));
        }
    }
}
