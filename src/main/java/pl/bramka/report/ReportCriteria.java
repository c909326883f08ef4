package pl.bramka.report;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.payment.PanelStatus;
import pl.bramka.shared.DayRange;

/**
 * Which bookings a report holds. Empty sets of shops, statuses and methods mean all of them.
 *
 * @param asOf       the snapshot: bookings made after it are left out, so a closed range always gives the same rows
 * @param statuses   the panel statuses of sales, refunds and commissions (a commission is of a completed sale);
 *                   payouts are not filtered by them
 * @param methods    imoje's paymentMethod names; payouts have none and are not filtered by them
 * @param currency   ISO 4217, or null for every currency
 */
record ReportCriteria(UUID merchantId, DayRange days, Instant asOf, Set<UUID> shops, Set<Operation> operations,
        Set<PanelStatus> statuses, Set<String> methods, @Nullable String currency) {

    ReportCriteria {
        shops = Set.copyOf(shops);
        operations = Set.copyOf(operations);
        statuses = Set.copyOf(statuses);
        methods = Set.copyOf(methods);
    }

    /** The same bookings, of other days. */
    ReportCriteria withDays(DayRange otherDays) {
        return new ReportCriteria(merchantId, otherDays, asOf, shops, operations, statuses, methods, currency);
    }

    /** The same bookings, of one shop in one currency. */
    ReportCriteria ofAccount(UUID serviceId, String accountCurrency) {
        return new ReportCriteria(merchantId, days, asOf, Set.of(serviceId), operations, statuses, methods,
                accountCurrency);
    }

    /** Only what was booked: completed sales, refunds and commissions, and payouts; what a statement lists. */
    ReportCriteria booked() {
        return new ReportCriteria(merchantId, days, asOf, shops, operations, Set.of(PanelStatus.COMPLETED), methods,
                currency);
    }
}
