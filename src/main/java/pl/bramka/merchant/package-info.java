/**
 * Merchants: the companies that use Bramka. Every piece of merchant data elsewhere is scoped by a merchant id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Merchants", allowedDependencies = {"shared"})
package pl.bramka.merchant;
