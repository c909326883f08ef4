/**
 * The payment core: payments (what a payer is asked to pay), their transactions (sales and refunds) moved only by
 * {@link pl.bramka.payment.TransactionStateMachine}, the timeline of every status change, the {@link
 * pl.bramka.payment.Acquirer} that moves money (the sandbox one ships), refunds, and the expiry of unpaid payments.
 * Other modules learn of every status change through {@link pl.bramka.payment.TransactionStatusChanged}, published
 * inside the database transaction of the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments", allowedDependencies = {"shop", "shared"})
package pl.bramka.payment;
