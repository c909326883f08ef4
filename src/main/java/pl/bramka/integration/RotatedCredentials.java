package pl.bramka.integration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What {@code POST /auth/rotate} hands back: the new API token and each listed shop's new key (in the order the
 * request listed the shops), in plain text. The previous token and keys keep working for the rotation overlap.
 */
public record RotatedCredentials(String token, Map<UUID, String> keys) {

    public RotatedCredentials {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }
}
