/**
 * Reports e-mailed on a schedule ({@code /reports/scheduled}): a report of the report module made for the closed
 * period before each due time, sent to its recipients and kept in the schedule's history. Due times are rows in
 * PostgreSQL claimed with {@code FOR UPDATE SKIP LOCKED}, and a run's (schedule, period) is unique, so each due time
 * is made once whatever the number of nodes, and those missed while the application was down are made on start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduled reports", allowedDependencies = {"report",
        "mail", "user", "shared"})
package pl.bramka.scheduledreport;
