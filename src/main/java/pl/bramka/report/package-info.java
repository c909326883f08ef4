/**
 * Reports for the merchant's accountant: the payments of a range with filters and totals, and the same rows as a CSV
 * file, an MT940 statement or a camt.053 statement; the payout report; large files generated in the background.
 * The bookings are read by {@link pl.bramka.report.Ledger} in streaming queries over the payment and payout tables,
 * from the reports' database (a replica when one is configured); every download is published as
 * {@link pl.bramka.report.ReportDownloaded} for the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = {"payment", "payout",
        "shop", "user", "shared", "database"})
package pl.bramka.report;
