package pl.bramka.merchant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.Tokens;

@Service
public class MerchantManagement {

    private static final String PUBLIC_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PUBLIC_ID_LENGTH = 20;

    private static final String MERCHANT = """
            select id, public_id, name, nip, regon, address, status, blocked_reason, created_at from merchant
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MerchantManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public UUID register(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into merchant (id, public_id, name) values (?, ?, ?)").params(id, newPublicId(), name)
                .update();
        return id;
    }

    /** The identifier shops use in API paths and paywall forms (imoje's merchantId). */
    public String publicIdOf(UUID merchantId) {
        return jdbc.sql("select public_id from merchant where id = ?").param(merchantId).query(String.class).single();
    }

    private static String newPublicId() {
        return Tokens.random(PUBLIC_ID_ALPHABET, PUBLIC_ID_LENGTH);
    }

    public String nameOf(UUID merchantId) {
        return jdbc.sql("select name from merchant where id = ?").param(merchantId).query(String.class).single();
    }

    public boolean anyRegistered() {
        return jdbc.sql("select exists (select 1 from merchant)").query(Boolean.class).single();
    }

    /** A merchant onboarded by the operator, with its company data. */
    @Transactional
    public UUID onboard(CompanyData company) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into merchant (id, public_id, name, nip, regon, address) values (?, ?, ?, ?, ?, ?)")
                    .params(id, newPublicId(), company.name(), company.nip(), company.regon(), company.address())
                    .update();
        } catch (DuplicateKeyException nipTaken) {
            throw new NipTaken();
        }
        return id;
    }

    public Optional<Merchant> find(UUID id) {
        return jdbc.sql(MERCHANT + "where id = ?").param(id).query(MerchantManagement::merchant).optional();
    }

    /**
     * Merchants newest first, optionally only those whose name contains {@code query} or whose NIP or merchantId is
     * {@code query}; {@code before} is the last merchant of the previous page.
     */
    public List<Merchant> search(@Nullable String query, @Nullable Merchant before, int limit) {
        String text = query == null ? "" : query.trim();
        String digits = text.replaceAll("[\\s-]", "");
        StringBuilder sql = new StringBuilder(MERCHANT).append("where true ");
        List<Object> params = new ArrayList<>();
        if (!text.isEmpty()) {
            sql.append("and (name ilike ? escape '\\' or nip = ? or public_id = ?) ");
            params.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.add(digits);
            params.add(text);
        }
        if (before != null) {
            sql.append("and (created_at, id) < (?, ?) ");
            params.add(Timestamp.from(before.createdAt()));
            params.add(before.id());
        }
        sql.append("order by created_at desc, id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(MerchantManagement::merchant).list();
    }

    /**
     * Whether it changed: an active merchant becomes blocked, with the reason shown to it, and its users are signed
     * out ({@link MerchantBlocked}).
     */
    @Transactional
    public boolean block(UUID id, String reason) {
        boolean blocked = jdbc.sql("update merchant set status = 'BLOCKED', blocked_reason = ? where id = ? "
                + "and status = 'ACTIVE'").params(reason, id).update() == 1;
        if (blocked) {
            events.publishEvent(new MerchantBlocked(id));
        }
        return blocked;
    }

    /** Whether the operator blocked the merchant, so that its users may not sign in. */
    public boolean isBlocked(UUID id) {
        return jdbc.sql("select status = 'BLOCKED' from merchant where id = ?").param(id).query(Boolean.class)
                .optional().orElse(false);
    }

    @Transactional
    public boolean unblock(UUID id) {
        return jdbc.sql("update merchant set status = 'ACTIVE', blocked_reason = null where id = ? "
                + "and status = 'BLOCKED'").param(id).update() == 1;
    }

    private static Merchant merchant(ResultSet rs, int row) throws SQLException {
        return new Merchant(rs.getObject("id", UUID.class), rs.getString("public_id"), rs.getString("name"),
                rs.getString("nip"), rs.getString("regon"), rs.getString("address"),
                MerchantStatus.valueOf(rs.getString("status")), rs.getString("blocked_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
