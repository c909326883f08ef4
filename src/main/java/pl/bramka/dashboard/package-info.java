/**
 * The panel's start page for people who see money: turnover per currency for a range of Warsaw days, a chart of
 * settled transactions per day and the latest transactions. Figures come from a daily rollup that {@link
 * pl.bramka.dashboard.TurnoverRollup} keeps in step with every settlement, inside the settlement's own transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard", allowedDependencies = {"payment", "user",
        "shared"})
package pl.bramka.dashboard;
