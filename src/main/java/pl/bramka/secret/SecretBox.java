package pl.bramka.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Seals and opens secret strings with AES-256-GCM; each sealed value carries its own random nonce. */
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(SecretKey key) {
        this.key = key;
    }

    public String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    public String open(String sealedValue) {
        if (!sealedValue.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealedValue.substring(PREFIX.length())));
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + "; is bramka.secrets.key the key it was sealed with?", e);
        }
    }
}
