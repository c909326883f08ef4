/**
 * Secrets at rest: shop keys, accounting keys and other values the application must read back are sealed with
 * AES-256-GCM under one key from configuration ({@code bramka.secrets.key}), or, in demo mode, from a key file
 * generated on the first start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secrets")
package pl.bramka.secret;
