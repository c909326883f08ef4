package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

/**
 * A representative required two-factor sign-in for every user of the merchant ({@code required}), or lifted that
 * rule. Users without it are sent to enrolment at their next sign-in.
 */
public record TwoFactorRequirementChanged(UUID merchantId, UUID changedBy, boolean required, Instant at) {
}
