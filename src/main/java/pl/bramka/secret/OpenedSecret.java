package pl.bramka.secret;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A secret opened from its sealed form.
 *
 * @param plaintext the secret
 * @param resealed  the secret sealed again under the current key when it was sealed under a previous key (or in the
 *                  format before keys had ids); the caller stores it in place of the old value, so a rotated key is
 *                  needed only until every value has been read once
 */
public record OpenedSecret(String plaintext, @Nullable String resealed) {

    public Optional<String> replacement() {
        return Optional.ofNullable(resealed);
    }
}
