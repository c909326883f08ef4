package pl.bramka.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The bytes an entry's hash is taken of, version 1: the ASCII tag {@code bramka-audit-v1}, then these twelve fields
 * in this order, each as a 4-byte big-endian length of its UTF-8 bytes followed by those bytes, a null field as length
 * -1 with no bytes: merchant id, seq (decimal), time (microseconds since 1970-01-01T00:00:00Z, decimal), actor id,
 * actor, address, kind, target, detail, old value, new value, previous hash. UUIDs are written in their lower-case
 * 36-character form and hashes as 64 lower-case hex digits. The length prefixes make the encoding unambiguous: no
 * choice of values can make two different entries share their bytes. The entry's hash is the SHA-256 of these bytes
 * as lower-case hex.
 */
final class CanonicalForm {

    private static final byte[] TAG = "bramka-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private CanonicalForm() {
    }

    static String hashOf(AuditEntry entry) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, entry.occurredAt());
        return sha256(bytes(entry.merchantId().toString(), Long.toString(entry.seq()), Long.toString(micros),
                Objects.toString(entry.actorId(), null), entry.actor(), entry.address(), entry.kind(),
                entry.target(), entry.detail(), entry.oldValue(), entry.newValue(), entry.previousHash()));
    }

    static byte[] bytes(@Nullable String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(TAG);
        for (String field : fields) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
                out.writeBytes(utf8);
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

}
