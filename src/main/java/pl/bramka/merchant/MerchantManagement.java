package pl.bramka.merchant;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.Tokens;

@Service
public class MerchantManagement {

    private static final String PUBLIC_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PUBLIC_ID_LENGTH = 20;

    private final JdbcClient jdbc;

    MerchantManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
