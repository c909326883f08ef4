package pl.bramka.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);
    private static final int KEY_BYTES = 32;

    @Bean
    SecretBox secretBox(SecretSettings settings, Environment environment) throws IOException {
        boolean demo = Binder.get(environment).bind("bramka.demo", Bindable.of(Boolean.class)).orElse(false);
        List<SecretKey> previousKeys = settings.previousKeys().stream().filter(key -> !key.isBlank())
                .map(key -> aesKey(decode(key.trim(), "bramka.secrets.previous-keys"))).toList();
        return new SecretBox(aesKey(keyBytes(settings, demo)), previousKeys);
    }

    private static SecretKey aesKey(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] keyBytes(SecretSettings settings, boolean demo) throws IOException {
        if (settings.key() != null && !settings.key().isBlank()) {
            return decode(settings.key(), "bramka.secrets.key");
        }
        Path file = settings.keyFile();
        if (Files.exists(file)) {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        }
        if (!demo) {
            throw new IllegalStateException("No encryption key: set bramka.secrets.key (BRAMKA_SECRETS_KEY) to 32 "
                    + "random bytes in base64, e.g. the output of `openssl rand -base64 32`");
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        restrictToOwner(file);
        log.info("Generated the demo encryption key in {}", file.toAbsolutePath());
        return key;
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(source + " must hold 32 bytes in base64: " + notBase64.getMessage());
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold 32 bytes in base64, found " + key.length);
        }
        return key;
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException | IOException notPosix) {
            log.debug("Could not restrict {} to its owner", file);
        }
    }
}
