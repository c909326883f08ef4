package pl.bramka.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.jspecify.annotations.Nullable;

/**
 * Seals and opens secret strings with AES-256-GCM. A sealed value reads {@code v2.<key id>.<nonce and ciphertext>}:
 * the key id names the key it was sealed with, so the key can be rotated (the old one stays configured as a previous
 * key, and values are sealed again under the new one when read), and the {@link SealedColumn} it belongs to is
 * authenticated with it, so it opens only where it was written.
 */
public class SecretBox {

    private static final String VERSION = "v2";
    private static final String LEGACY_PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKey> keysById = new LinkedHashMap<>();

    SecretBox(SecretKey currentKey, List<SecretKey> previousKeys) {
        currentKeyId = keyId(currentKey);
        keysById.put(currentKeyId, currentKey);
        for (SecretKey previous : previousKeys) {
            keysById.putIfAbsent(keyId(previous), previous);
        }
    }

    public String seal(String plaintext, SealedColumn column) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keysById.get(currentKeyId), nonce, column.associatedData(),
                plaintext.getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + currentKeyId + "." + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    /**
     * Opens a value sealed for {@code column}.
     *
     * @throws SecretNotOpened when the value was sealed for another place, with a key that is not configured, or
     *                         has been altered
     */
    public OpenedSecret open(String sealedValue, SealedColumn column) {
        if (sealedValue.startsWith(LEGACY_PREFIX)) {
            return openLegacy(sealedValue.substring(LEGACY_PREFIX.length()), column);
        }
        String[] parts = sealedValue.split("\\.", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new SecretNotOpened("not a sealed value");
        }
        SecretKey key = keysById.get(parts[1]);
        if (key == null) {
            throw new SecretNotOpened("sealed with key " + parts[1]
                    + ", which is neither bramka.secrets.key nor one of bramka.secrets.previous-keys");
        }
        String plaintext = open(key, parts[2], column.associatedData());
        return new OpenedSecret(plaintext, parts[1].equals(currentKeyId) ? null : seal(plaintext, column));
    }

    /** Values sealed before keys had ids and were bound to their place: tried with every configured key. */
    private OpenedSecret openLegacy(String body, SealedColumn column) {
        for (SecretKey key : keysById.values()) {
            try {
                String plaintext = open(key, body, null);
                return new OpenedSecret(plaintext, seal(plaintext, column));
            } catch (SecretNotOpened tryTheNextKey) {
                // the value names no key; only the one that opens it is right
            }
        }
        throw new SecretNotOpened("sealed in the first format with none of the configured keys");
    }

    private static String open(SecretKey key, String body, byte @Nullable [] associatedData) {
        ByteBuffer buffer;
        try {
            buffer = ByteBuffer.wrap(Base64.getDecoder().decode(body));
        } catch (IllegalArgumentException notBase64) {
            throw new SecretNotOpened("not a sealed value");
        }
        if (buffer.remaining() <= NONCE_BYTES) {
            throw new SecretNotOpened("not a sealed value");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, associatedData, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte @Nullable [] associatedData,
            byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return cipher.doFinal(input);
        } catch (AEADBadTagException wrongKeyPlaceOrContent) {
            throw new SecretNotOpened("it was sealed for another place, or altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The first eight hex digits of the key's SHA-256: names a key without revealing it. */
    static String keyId(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
