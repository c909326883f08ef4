/**
 * A shop's integration data (the guide's "Dane do integracji"): the shop key (revealed after the password, rotated
 * with an overlap), REST API tokens, the notification URL and e-mail addresses, and the ING Księgowość API key.
 * The gateway reads keys and tokens through {@link pl.bramka.integration.ShopCredentials}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration data", allowedDependencies = {"shop",
        "merchant", "user", "secret", "mail", "shared"})
package pl.bramka.integration;
