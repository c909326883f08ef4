package pl.bramka.operator;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first operator, created at start when no operator with this e-mail exists yet (also as command-line options:
 * {@code --bramka.operator.email=… --bramka.operator.password=…}). In demo mode without it, a demo operator is created
 * with a random password, printed once and written to the demo credentials file.
 *
 * @param email    the first operator's e-mail address, its sign-in name
 * @param password the first operator's password (at least 12 characters); required with the e-mail
 */
@ConfigurationProperties("bramka.operator")
record OperatorSettings(@Nullable String email, @Nullable String password) {
}
