package pl.bramka.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.secret.OpenedSecret;
import pl.bramka.secret.SealedColumn;
import pl.bramka.secret.SecretBox;
import pl.bramka.shop.MerchantShops;

/**
 * A shop's ING Księgowość API key, sealed in {@code shop.accounting_key}. The panel only ever shows its last
 * characters, and the history records that it changed, never what it is. The accounting connector reads the key
 * when it sends an invoice and records the service's rejection of it, which the panel shows until the key changes.
 */
@Service
public class AccountingKeys {

    private static final int SHOWN_CHARACTERS = 4;
    private static final String MASK = "••••••••";

    private final MerchantShops shops;
    private final SecretBox secrets;
    private final JdbcClient jdbc;

    AccountingKeys(MerchantShops shops, SecretBox secrets, JdbcClient jdbc) {
        this.shops = shops;
        this.secrets = secrets;
        this.jdbc = jdbc;
    }

    /** The key as the panel shows it, e.g. {@code ••••••••1a2b}; empty when the shop has none. */
    Optional<String> masked(UUID serviceId) {
        return current(serviceId).map(key -> MASK + key.substring(key.length() - SHOWN_CHARACTERS));
    }

    /** The key in plain text, for the accounting connector's request only; empty when the shop has none. */
    public Optional<String> key(UUID serviceId) {
        return current(serviceId);
    }

    /**
     * Records the accounting service's rejection of the key or of the data sent with it, shown next to the key; not
     * when the shop has changed the key since {@code rejectedKey} was sent, since the new one was not judged yet.
     */
    public void recordRejection(UUID serviceId, String rejectedKey, String message, Instant at) {
        if (current(serviceId).filter(rejectedKey::equals).isPresent()) {
            jdbc.sql("""
                    update shop set accounting_key_rejection = ?, accounting_key_rejected_at = ?
                    where service_id = ?""")
                    .params(message, Timestamp.from(at), serviceId).update();
        }
    }

    /** The service's last rejection of the current key, if any. */
    Optional<AccountingKeyRejection> rejection(UUID serviceId) {
        return jdbc.sql("""
                select accounting_key_rejection, accounting_key_rejected_at from shop
                where service_id = ? and accounting_key_rejection is not null""")
                .param(serviceId)
                .query((rs, row) -> new AccountingKeyRejection(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    @Transactional
    void set(UUID merchantId, UUID serviceId, String key, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        Optional<String> before = current(serviceId);
        if (before.filter(key::equals).isPresent()) {
            return;
        }
        shops.recordChange(serviceId, "accountingKey", before.isPresent() ? "set" : null,
                before.isPresent() ? "changed" : "set", actorId);
        store(serviceId, secrets.seal(key, column(serviceId)));
    }

    /** Removes the key; false when there was none. */
    @Transactional
    boolean remove(UUID merchantId, UUID serviceId, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        if (current(serviceId).isEmpty()) {
            return false;
        }
        shops.recordChange(serviceId, "accountingKey", "set", "removed", actorId);
        store(serviceId, null);
        return true;
    }

    private Optional<String> current(UUID serviceId) {
        return jdbc.sql("select accounting_key from shop where service_id = ?").param(serviceId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).single().map(sealed -> {
                    OpenedSecret opened = secrets.open(sealed, column(serviceId));
                    opened.replacement().ifPresent(resealed -> jdbc.sql(
                            "update shop set accounting_key = ? where service_id = ? and accounting_key = ?")
                            .params(resealed, serviceId, sealed).update());
                    return opened.plaintext();
                });
    }

    private static SealedColumn column(UUID serviceId) {
        return new SealedColumn("shop", "accounting_key", serviceId);
    }

    /** A new or removed key starts without the old one's rejection. */
    private void store(UUID serviceId, String sealedKey) {
        jdbc.sql("""
                update shop set accounting_key = ?, accounting_key_rejection = null,
                       accounting_key_rejected_at = null, modified_at = now()
                where service_id = ?""")
                .params(sealedKey, serviceId).update();
    }
}
