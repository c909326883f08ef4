package pl.bramka.secret;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key that seals secrets at rest comes from.
 *
 * @param key          the 256-bit key in base64 (e.g. the output of {@code openssl rand -base64 32}); required
 *                     outside demo mode
 * @param keyFile      where demo mode keeps a generated key when {@code key} is not set
 * @param previousKeys keys replaced by {@code key}, in base64: values sealed with them still open, and are sealed
 *                     again with {@code key} when read
 */
@ConfigurationProperties("bramka.secrets")
record SecretSettings(@Nullable String key, @DefaultValue("data/secret.key") Path keyFile,
        @DefaultValue List<String> previousKeys) {
}
