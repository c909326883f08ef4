package pl.bramka.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on requests, each written {@code requests/window} (e.g. {@code 20/1m}) and counted in the database, so they
 * hold across every node (the API's within {@code apiShareInterval}, see {@link BatchedRateLimiter}). A request over its limit is answered 429 with {@code Retry-After}.
 *
 * @param signIn sign-in attempts (posts of the sign-in form) per client address
 * @param passwordReset requests for a reset link and new passwords set from one, per client address
 * @param twoFactor two-factor codes typed at sign-in, per client address
 * @param contact messages sent with the contact form, per client address
 * @param apiPerToken integration API requests per API token
 * @param apiPerAddress integration API requests per client address, whatever token they carry
 * @param apiShareInterval how often each node adds its count of API requests to the database's, which every node
 *     reads back; nodes may together take this long of each other's requests over an API limit
 */
@ConfigurationProperties("bramka.rate-limits")
record RateLimitSettings(@DefaultValue("20/1m") RateLimit signIn, @DefaultValue("10/15m") RateLimit passwordReset,
        @DefaultValue("10/5m") RateLimit twoFactor, @DefaultValue("10/1h") RateLimit contact,
        @DefaultValue("600/1m") RateLimit apiPerToken, @DefaultValue("1200/1m") RateLimit apiPerAddress,
        @DefaultValue("1s") Duration apiShareInterval) {
}
