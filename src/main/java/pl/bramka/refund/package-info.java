/**
 * Refunds ordered in the panel, always from one sale's page: the form and its confirmation, one refund per submitted
 * form, and the four-eyes rule: from the merchant's threshold per currency on, a refund waits as a request until
 * another user with refund rights approves it. The refunds themselves are made by {@link pl.bramka.payment.Refunds};
 * the sale's page (module {@code transaction}) shows this module's part through {@link
 * pl.bramka.refund.RefundSummaries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Refunds", allowedDependencies = {"payment", "user",
        "mail", "shared"})
package pl.bramka.refund;
