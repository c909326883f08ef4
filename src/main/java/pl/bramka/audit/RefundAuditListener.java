package pl.bramka.audit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.refund.RefundOrdered;
import pl.bramka.refund.RefundRequestDecided;
import pl.bramka.refund.RefundRulesChanged;
import pl.bramka.shared.Money;

/** Refunds ordered in the panel, decisions on refund requests, and the four-eyes thresholds. */
@Component
class RefundAuditListener {

    private final AuditTrail trail;

    RefundAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RefundOrdered refund) {
        trail.record(new AuditRecord(refund.merchantId(), AuditKind.REFUND, refund.orderedBy(),
                refund.saleId().toString(), refund.awaitingApproval() ? "requested" : "refunded", null,
                amount(refund.amount())));
    }

    @EventListener
    void on(RefundRequestDecided decision) {
        trail.record(new AuditRecord(decision.merchantId(), AuditKind.REFUND_DECISION, decision.decidedBy(),
                decision.saleId().toString(), decision.approved() ? "approved" : "rejected", null,
                amount(decision.amount())));
    }

    @EventListener
    void on(RefundRulesChanged change) {
        trail.record(new AuditRecord(change.merchantId(), AuditKind.REFUND_RULES, change.changedBy(), null,
                "thresholds", thresholds(change.before()), thresholds(change.after())));
    }

    private static String amount(Money money) {
        return BigDecimal.valueOf(money.minor(), Money.fractionDigits(money.currency())).toPlainString() + " "
                + money.currency();
    }

    private static @Nullable String thresholds(Map<String, Long> thresholds) {
        return thresholds.isEmpty() ? null : thresholds.entrySet().stream()
                .map(entry -> amount(new Money(entry.getValue(), entry.getKey())))
                .collect(Collectors.joining(", "));
    }
}
