/**
 * Demo mode ({@code bramka.demo}, on by default with the embedded database): the demo merchant seeded on an empty
 * database with one user per role, three months of settled sales and refunds settled into payouts (the last two
 * weeks invoiced) and last month's report for the accountant generated, and its logins (and the demo operator's)
 * written to {@code data/demo-credentials.properties}, and the developer page that shows the local mail outbox to
 * clients on the same machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"merchant", "user", "shop", "integration", "link", "mail", "operator", "payment",
                "payout", "report", "shared"})
package pl.bramka.demo;
