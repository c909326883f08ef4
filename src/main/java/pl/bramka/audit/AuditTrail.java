package pl.bramka.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * Appends entries to a merchant's audit chain, in the caller's database transaction when there is one, so an entry
 * exists exactly when its change does; sensitive changes are also e-mailed to every Representative. The listeners of this package call it for the events of other modules; a
 * module may call it directly too.
 */
@Service
public class AuditTrail {

    private final AuditChain chain;
    private final SensitiveChangeAlerts alerts;
    private final UserManagement users;
    private final Clock clock;

    AuditTrail(AuditChain chain, SensitiveChangeAlerts alerts, UserManagement users, Clock clock) {
        this.chain = chain;
        this.alerts = alerts;
        this.users = users;
        this.clock = clock;
    }

    /** Records what happened, with the address of the request being served, if any. */
    @Transactional
    public void record(AuditRecord record) {
        record(record, currentRequestAddress());
    }

    /** Records what happened, seen from {@code address} (e.g. the sign-in's, taken from its authentication). */
    @Transactional
    public void record(AuditRecord record, @Nullable String address) {
        String actor = record.actorId() == null ? null : users.contact(record.merchantId(), record.actorId())
                .map(UserContact::email).orElse(record.actorId().toString());
        append(record, address, actor);
    }

    /**
     * Records what someone who is not one of the merchant's users did (the gateway's operator), named by
     * {@code actor}; the entry has no actor id, so the page's user filter never offers them as a user.
     */
    @Transactional
    void recordBy(String actor, AuditRecord record) {
        append(record, currentRequestAddress(), actor);
    }

    private void append(AuditRecord record, @Nullable String address, @Nullable String actor) {
        AuditChain.Head head = chain.lockHead(record.merchantId());
        // The database keeps microseconds; the hash must be taken of what is read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(record.merchantId(), head.lastSeq() + 1, now, record.actorId(),
                cut(actor, 320), cut(address, 64), record.kind().name(), cut(record.target(), 200),
                cut(record.detail(), 100), cut(record.oldValue(), 1000), cut(record.newValue(), 1000),
                head.lastHash(), "");
        AuditEntry hashed = withHash(entry);
        chain.append(hashed);
        alerts.sendIfSensitive(hashed);
    }

    static AuditEntry withHash(AuditEntry entry) {
        return new AuditEntry(entry.merchantId(), entry.seq(), entry.occurredAt(), entry.actorId(), entry.actor(),
                entry.address(), entry.kind(), entry.target(), entry.detail(), entry.oldValue(), entry.newValue(),
                entry.previousHash(), CanonicalForm.hashOf(entry));
    }

    private static @Nullable String currentRequestAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static @Nullable String cut(@Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
