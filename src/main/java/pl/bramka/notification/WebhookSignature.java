package pl.bramka.notification;

import java.nio.charset.StandardCharsets;

import pl.bramka.shared.Tokens;

/**
 * The {@code X-Imoje-Signature} header: {@code merchantid=…;serviceid=…;signature=…;alg=sha256} in exactly this order
 * (plugins read its parts by position), the signature being the lowercase hex SHA-256 of the body's bytes followed by
 * the shop key.
 */
final class WebhookSignature {

    static final String HEADER = "X-Imoje-Signature";

    private WebhookSignature() {
    }

    static String header(String merchantPublicId, String serviceId, byte[] body, String key) {
        return "merchantid=" + merchantPublicId + ";serviceid=" + serviceId + ";signature=" + signature(body, key)
                + ";alg=sha256";
    }

    static String signature(byte[] body, String key) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[body.length + keyBytes.length];
        System.arraycopy(body, 0, signed, 0, body.length);
        System.arraycopy(keyBytes, 0, signed, body.length, keyBytes.length);
        return Tokens.sha256Hex(signed);
    }
}
