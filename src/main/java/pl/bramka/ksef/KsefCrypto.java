package pl.bramka.ksef;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two ciphers KSeF API 2.0 asks for: RSA-OAEP with SHA-256 and MGF1 SHA-256 (the parameters given explicitly,
 * as the JDK's default MGF1 digest for this transformation is SHA-1) under the Ministry's public key, and
 * AES-256-CBC with PKCS#7 padding (the JDK calls it PKCS5) for the invoices of a session.
 */
final class KsefCrypto {

    static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private KsefCrypto() {
    }

    static byte[] rsaOaep(PublicKey key, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, OAEP_SHA256);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new KsefCallFailed("KSeF's public key cannot be used for RSA-OAEP: " + e.getMessage(), e);
        }
    }

    static byte[] aesCbc(byte[] key, byte[] iv, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
