package pl.bramka.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param absoluteTimeout how long a session lasts after its sign-in however active it is; the idle timeout is
 *                        {@code bramka.sessions.idle-timeout}
 */
@ConfigurationProperties("bramka.sessions")
record SessionSettings(@DefaultValue("12h") Duration absoluteTimeout) {
}
