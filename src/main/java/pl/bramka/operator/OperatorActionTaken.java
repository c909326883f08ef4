package pl.bramka.operator;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An operator did something in the console: published in the action's database transaction, after it is written
 * to {@code operator_action}, for an audit log to record.
 *
 * @param action  what was done, e.g. {@code merchant.onboarded}, {@code shop.blocked}, {@code payout.returned}
 * @param subject the id of what it was done to (a merchant, shop, payout, or a commission row "method/currency")
 * @param details a short human-readable description, or null
 * @param merchantId the merchant the action concerns (whose merchant, shop or payout it was), or null for what
 *                   concerns no merchant (the commission table, a settlement run across all merchants)
 * @param subjectName what {@code subject} is called, e.g. the shop's name, or null
 */
public record OperatorActionTaken(UUID operatorId, String operatorEmail, String action, String subject,
        @Nullable String details, Instant occurredAt, @Nullable UUID merchantId, @Nullable String subjectName) {
}
