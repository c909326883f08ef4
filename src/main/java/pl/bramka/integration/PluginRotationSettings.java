package pl.bramka.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rotationOverlap how long the previous API token and shop keys keep working after a shop's plugin rotated
 *                        them with {@code POST /auth/rotate} (imoje's plugins switch at once; other copies of the
 *                        credentials, in a second shop installation or a script, get this long to follow)
 */
@ConfigurationProperties("bramka.integration")
record PluginRotationSettings(@DefaultValue("72h") Duration rotationOverlap) {
}
