package pl.bramka.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.user.Permission;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * Changes of a shop's IBAN: asked for on the shop data tab, in force only once another Representative confirms them,
 * or, where the merchant has a single Representative, once {@link #OBJECTION_PERIOD} has passed without a rejection.
 * Until then {@code shop.iban} keeps the IBAN in force. Every step locks the shop row first, then the change, so the
 * confirmation, a rejection and the job on any node never apply a change twice or apply a rejected one.
 */
@Service
class IbanChanges {

    static final Duration OBJECTION_PERIOD = Duration.ofHours(24);
    private static final String COLUMNS = "id, service_id, merchant_id, old_iban, new_iban, requested_by, "
            + "requested_at, effective_at, status";

    /** Why a confirmation was refused. */
    enum Refusal { OWN_REQUEST, NOT_PENDING }

    static final class Refused extends RuntimeException {

        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        Refusal reason() {
            return reason;
        }
    }

    private final Shops shops;
    private final ShopChanges changes;
    private final IbanChangeMails mails;
    private final UserManagement users;
    private final JdbcClient jdbc;
    private final Clock clock;

    IbanChanges(Shops shops, ShopChanges changes, IbanChangeMails mails, UserManagement users, JdbcClient jdbc,
            Clock clock) {
        this.shops = shops;
        this.changes = changes;
        this.mails = mails;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<IbanChange> pending(UUID merchantId, UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from shop_iban_change "
                + "where merchant_id = ? and service_id = ? and status = 'PENDING'")
                .params(merchantId, serviceId).query(IbanChanges::map).optional();
    }

    Optional<IbanChange> find(UUID merchantId, UUID serviceId, UUID changeId) {
        return jdbc.sql("select " + COLUMNS + " from shop_iban_change where merchant_id = ? and service_id = ? and id = ?")
                .params(merchantId, serviceId, changeId).query(IbanChanges::map).optional();
    }

    /**
     * Asks for a new IBAN (null: none) of a shop the caller has locked; a change still waiting is superseded. Every
     * Representative is e-mailed, with the link to confirm or reject it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    IbanChange request(Shop locked, @Nullable String newIban, UUID actorId) {
        Instant now = clock.instant();
        jdbc.sql("update shop_iban_change set status = 'SUPERSEDED', decided_by = ?, decided_at = ? "
                + "where service_id = ? and status = 'PENDING'")
                .params(actorId, Timestamp.from(now), locked.serviceId()).update();
        List<UserContact> representatives = users.activeUsersWith(locked.merchantId(), Permission.MANAGE_SHOPS);
        Instant effectiveAt = representatives.size() <= 1 ? now.plus(OBJECTION_PERIOD) : null;
        IbanChange change = new IbanChange(UUID.randomUUID(), locked.serviceId(), locked.merchantId(), locked.iban(),
                newIban, actorId, now, effectiveAt, IbanChange.Status.PENDING);
        jdbc.sql("insert into shop_iban_change (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')")
                .params(change.id(), change.serviceId(), change.merchantId(), change.oldIban(), change.newIban(),
                        actorId, Timestamp.from(now), effectiveAt == null ? null : Timestamp.from(effectiveAt))
                .update();
        changes.record(locked.serviceId(), "ibanChangeRequested", locked.iban(), newIban == null ? "—" : newIban,
                actorId);
        mails.requested(change, locked, representatives, users.contact(locked.merchantId(), actorId).orElseThrow());
        return change;
    }

    /** Another Representative confirms: the new IBAN is in force from now. */
    @Transactional
    void confirm(UUID merchantId, UUID serviceId, UUID changeId, UUID confirmerId) {
        shops.lock(merchantId, serviceId);
        IbanChange change = lockPending(serviceId, changeId).orElseThrow(() -> new Refused(Refusal.NOT_PENDING));
        if (change.requestedBy().equals(confirmerId)) {
            throw new Refused(Refusal.OWN_REQUEST);
        }
        apply(change, confirmerId);
    }

    /** Any Representative, the one who asked included, objects: the IBAN in force stays. */
    @Transactional
    void reject(UUID merchantId, UUID serviceId, UUID changeId, UUID deciderId) {
        shops.lock(merchantId, serviceId);
        IbanChange change = lockPending(serviceId, changeId).orElseThrow(() -> new Refused(Refusal.NOT_PENDING));
        decide(change.id(), IbanChange.Status.REJECTED, deciderId);
        changes.record(serviceId, "ibanChangeRejected", change.newIban() == null ? "—" : change.newIban(),
                "rejected", deciderId);
    }

    /** The changes whose objection period is over, for the job; each is then applied on its own. */
    List<IbanChange> due(int limit) {
        return jdbc.sql("select " + COLUMNS + " from shop_iban_change "
                + "where status = 'PENDING' and effective_at <= ? order by effective_at limit ?")
                .params(Timestamp.from(clock.instant()), limit).query(IbanChanges::map).list();
    }

    /** Applies a due change unless another node, a rejection or a newer request got there first. */
    @Transactional
    boolean applyIfStillDue(IbanChange due) {
        shops.lock(due.merchantId(), due.serviceId());
        Optional<IbanChange> change = lockPending(due.serviceId(), due.id())
                .filter(pending -> pending.effectiveAt() != null && !pending.effectiveAt().isAfter(clock.instant()));
        change.ifPresent(pending -> apply(pending, null));
        return change.isPresent();
    }

    private void apply(IbanChange change, @Nullable UUID deciderId) {
        decide(change.id(), IbanChange.Status.APPLIED, deciderId);
        Shop shop = shops.get(change.merchantId(), change.serviceId());
        changes.record(change.serviceId(), "iban", shop.iban(), change.newIban(), deciderId);
        shops.updateIban(change.serviceId(), change.newIban());
    }

    private Optional<IbanChange> lockPending(UUID serviceId, UUID changeId) {
        return jdbc.sql("select " + COLUMNS + " from shop_iban_change "
                + "where service_id = ? and id = ? and status = 'PENDING' for update")
                .params(serviceId, changeId).query(IbanChanges::map).optional();
    }

    private void decide(UUID changeId, IbanChange.Status status, @Nullable UUID deciderId) {
        jdbc.sql("update shop_iban_change set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), deciderId, Timestamp.from(clock.instant()), changeId).update();
    }

    private static IbanChange map(ResultSet rs, int row) throws SQLException {
        Timestamp effectiveAt = rs.getTimestamp("effective_at");
        return new IbanChange(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getObject("merchant_id", UUID.class), rs.getString("old_iban"), rs.getString("new_iban"),
                rs.getObject("requested_by", UUID.class), rs.getTimestamp("requested_at").toInstant(),
                effectiveAt == null ? null : effectiveAt.toInstant(), IbanChange.Status.valueOf(rs.getString("status")));
    }
}
