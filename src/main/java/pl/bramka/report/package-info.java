/**
 * Reports for the merchant's accountant: the payments of a range with filters and totals, and the same rows as a CSV
 * file, an MT940 statement or a camt.053 statement; the payout report; large files generated in the background.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = {"shared", "user"})
package pl.bramka.report;
