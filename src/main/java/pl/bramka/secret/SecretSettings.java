package pl.bramka.secret;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param key the 256-bit key, base64; required outside demo mode
 * @param keyFile where demo mode keeps a generated key when {@code key} is not set
 */
@ConfigurationProperties("bramka.secrets")
record SecretSettings(@Nullable String key, @DefaultValue("data/secret.key") Path keyFile) {
}
