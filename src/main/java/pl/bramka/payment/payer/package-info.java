/**
 * Reading payments by the payer's link alone ({@link pl.bramka.payment.payer.PayerPayments}), kept apart from the
 * module's API so that only modules that declare {@code payment::payer} (the payer pages) can read a payment
 * without knowing its merchant or shop.
 */
@org.springframework.modulith.NamedInterface("payer")
package pl.bramka.payment.payer;
