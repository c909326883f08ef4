/**
 * Reports for the merchant's accountant: the payments of a range with filters and totals, and the same rows as a CSV
 * file, an MT940 statement or a camt.053 statement; the payout report; large files generated in the background.
 * The bookings are read by {@link pl.bramka.report.Ledger} in one streaming query over the payment and payout tables;
 * every download is published as {@link pl.bramka.report.ReportDownloaded} for the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = {"payment", "payout",
        "shop", "user", "shared"})
package pl.bramka.report;
