package pl.bramka.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class SecretBoxTests {

    private final SecretKey oldKey = randomKey();
    private final SecretKey newKey = randomKey();
    private final SealedColumn shopA = new SealedColumn("shop", "accounting_key", UUID.randomUUID());

    @Test
    void aSealedValueOpensOnlyInTheRowAndColumnItWasSealedFor() {
        SecretBox box = new SecretBox(newKey, List.of());
        String sealed = box.seal("ING-key-123", shopA);

        assertThat(box.open(sealed, shopA).plaintext()).isEqualTo("ING-key-123");
        assertThatThrownBy(() -> box.open(sealed, new SealedColumn("shop", "accounting_key", UUID.randomUUID())))
                .isInstanceOf(SecretNotOpened.class);
        assertThatThrownBy(() -> box.open(sealed, new SealedColumn("shop", "other_column", shopA.row())))
                .isInstanceOf(SecretNotOpened.class);
    }

    @Test
    void aSealedValueNamesItsKeyAndNeverHoldsThePlaintext() {
        SecretBox box = new SecretBox(newKey, List.of());
        String sealed = box.seal("ING-key-123", shopA);

        assertThat(sealed).startsWith("v2." + SecretBox.keyId(newKey) + ".").doesNotContain("ING-key-123");
        assertThat(box.seal("ING-key-123", shopA)).isNotEqualTo(sealed);
    }

    @Test
    void aValueSealedWithAPreviousKeyOpensAndIsResealedWithTheCurrentKey() {
        String sealedWithOldKey = new SecretBox(oldKey, List.of()).seal("ING-key-123", shopA);
        SecretBox rotated = new SecretBox(newKey, List.of(oldKey));

        OpenedSecret opened = rotated.open(sealedWithOldKey, shopA);

        assertThat(opened.plaintext()).isEqualTo("ING-key-123");
        assertThat(opened.resealed()).startsWith("v2." + SecretBox.keyId(newKey) + ".");
        assertThat(new SecretBox(newKey, List.of()).open(opened.resealed(), shopA).plaintext())
                .isEqualTo("ING-key-123");
        assertThat(rotated.open(opened.resealed(), shopA).replacement()).isEmpty();
    }

    @Test
    void aValueSealedWithAKeyNoLongerConfiguredIsRefusedWithItsKeyId() {
        String sealedWithOldKey = new SecretBox(oldKey, List.of()).seal("ING-key-123", shopA);

        assertThatThrownBy(() -> new SecretBox(newKey, List.of()).open(sealedWithOldKey, shopA))
                .isInstanceOf(SecretNotOpened.class).hasMessageContaining(SecretBox.keyId(oldKey))
                .hasMessageNotContaining("ING-key-123");
    }

    @Test
    void aValueInTheFirstFormatOpensAndIsResealedBoundToItsPlace() throws Exception {
        String legacy = legacySeal(oldKey, "ING-key-123");
        SecretBox rotated = new SecretBox(newKey, List.of(oldKey));

        OpenedSecret opened = rotated.open(legacy, shopA);

        assertThat(opened.plaintext()).isEqualTo("ING-key-123");
        assertThat(rotated.open(opened.resealed(), shopA).plaintext()).isEqualTo("ING-key-123");
        assertThatThrownBy(() -> rotated.open(opened.resealed(), new SealedColumn("shop", "x", "y")))
                .isInstanceOf(SecretNotOpened.class);
    }

    @Test
    void anAlteredOrMalformedValueIsRefused() {
        SecretBox box = new SecretBox(newKey, List.of());
        String sealed = box.seal("ING-key-123", shopA);
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);

        for (String bad : List.of(altered, "plain text", "v2.", "v2.00000000.!!!", "v1:AAAA")) {
            assertThatThrownBy(() -> box.open(bad, shopA)).as(bad).isInstanceOf(SecretNotOpened.class);
        }
    }

    /** The format before keys had ids: {@code v1:} and base64 of nonce and ciphertext, no associated data. */
    private static String legacySeal(SecretKey key, String plaintext) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    private static SecretKey randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}
