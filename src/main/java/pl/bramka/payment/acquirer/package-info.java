/**
 * The acquirer SPI of the payment core: what an implementation ({@code sandbox} ships one) provides, {@link
 * pl.bramka.payment.acquirer.Acquirer}, the answers it gives, and {@link pl.bramka.payment.acquirer.AcquiredSales},
 * through which it reports later answers. Modules that use it declare {@code payment::acquirer}.
 */
@org.springframework.modulith.NamedInterface("acquirer")
package pl.bramka.payment.acquirer;
