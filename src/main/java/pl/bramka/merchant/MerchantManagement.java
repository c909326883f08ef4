package pl.bramka.merchant;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MerchantManagement {

    private final JdbcClient jdbc;

    MerchantManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID register(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into merchant (id, name) values (?, ?)").params(id, name).update();
        return id;
    }

    public String nameOf(UUID merchantId) {
        return jdbc.sql("select name from merchant where id = ?").param(merchantId).query(String.class).single();
    }

    public boolean anyRegistered() {
        return jdbc.sql("select exists (select 1 from merchant)").query(Boolean.class).single();
    }
}
