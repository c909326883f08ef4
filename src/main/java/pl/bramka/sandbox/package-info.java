/**
 * The sandbox acquirer: decides payments like imoje's sandbox does (BLIK codes, test cards, provider-error order
 * description) and serves the simulated pages a payer meets at a bank, at 3-D Secure and at a wallet or pay-later
 * provider. It is the {@link pl.bramka.payment.acquirer.Acquirer} Bramka ships with, and gives up on a payer who never
 * decides ({@code SandboxTimeouts}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox acquirer", allowedDependencies = {"payment",
        "payment::acquirer", "shop", "shared"})
package pl.bramka.sandbox;
