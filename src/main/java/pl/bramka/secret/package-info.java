/**
 * Secrets at rest: shop keys, accounting keys, mail bodies and other values the application must read back are
 * sealed with AES-256-GCM under the key from configuration ({@code bramka.secrets.key}), or, in demo mode, from a
 * key file generated on the first start. Each sealed value names its key, so keys rotate (the replaced key stays in
 * {@code bramka.secrets.previous-keys} and values are sealed again when read), and is bound to the table, column and
 * row it is stored in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secrets", allowedDependencies = {})
package pl.bramka.secret;
