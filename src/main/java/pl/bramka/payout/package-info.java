/**
 * Settlement and payouts: every settled sale and refund becomes an item the moment it settles, and a daily run after
 * the cut-off gives each shop and currency one payout of what waits (sales less refunds and commissions, with any
 * balance carried forward or returned by the bank), to the shop's IBAN of that moment. The panel lists a merchant's
 * payouts; {@link pl.bramka.payout.PayoutLookup} tells other modules which payout holds a transaction and
 * {@link pl.bramka.payout.PayoutDesk} lets the operator mark payouts sent or returned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payouts", allowedDependencies = {"payment", "shop",
        "user", "shared"})
package pl.bramka.payout;
