/**
 * The payment core: payments (what a payer is asked to pay), their transactions (sales and refunds) moved only by
 * the state machine, the timeline of every status change, refunds, and the expiry of unpaid payments. It owns the
 * payment tables; every other module reads and changes them through this package's API:
 * <ul>
 * <li>{@link pl.bramka.payment.Payments} (open, attempt, cancel; reads within a merchant or a shop),
 * {@link pl.bramka.payment.PaymentProcessing} (pay an attempt), {@link pl.bramka.payment.Refunds} and
 * {@link pl.bramka.payment.TransactionLists} (the panel's lists), with the records they take and give;</li>
 * <li>the events {@link pl.bramka.payment.TransactionStatusChanged} and {@link pl.bramka.payment.PaymentStatusChanged},
 * published inside the database transaction of the change;</li>
 * <li>two named interfaces a module must declare to use: {@code payment::acquirer}, the SPI an acquirer implements
 * (the sandbox one ships), and {@code payment::payer}, reading a payment by the payer's link alone.</li>
 * </ul>
 * Repositories, queries, the state machine and the background jobs are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments", allowedDependencies = {"shop", "shared"})
package pl.bramka.payment;
