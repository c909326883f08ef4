package pl.bramka.secret;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value lives: its table, column and row. It is sealed into the value as AES-GCM associated data,
 * so a value copied into another row or column (by someone who can write to the database but has no key) does not
 * open there.
 */
public record SealedColumn(String table, String column, Object row) {

    byte[] associatedData() {
        return (table + "." + column + ":" + row).getBytes(StandardCharsets.UTF_8);
    }
}
