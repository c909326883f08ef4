package pl.bramka.operator;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.Tokens;

/** Operator accounts: the sign-in lookup and creating operators (the first from configuration, or the demo one). */
@Service
public class OperatorAccounts {

    static final String DEMO_EMAIL = "operator@demo.bramka.localhost";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    OperatorAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The sign-in lookup (for the console's own authentication, not a bean other sign-ins could pick up). */
    UserDetails signInLookup(String email) {
        return jdbc.sql("select id, email, name, password_hash from operator_account where email = ?")
                .param(email.trim().toLowerCase(Locale.ROOT))
                .query((rs, row) -> new OperatorPrincipal(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("name"), rs.getString("password_hash")))
                .optional().orElseThrow(() -> new UsernameNotFoundException("No such operator"));
    }

    public boolean anyExists() {
        return jdbc.sql("select exists (select 1 from operator_account)").query(Boolean.class).single();
    }

    boolean exists(String email) {
        return jdbc.sql("select exists (select 1 from operator_account where email = ?)")
                .param(email.trim().toLowerCase(Locale.ROOT)).query(Boolean.class).single();
    }

    /** Creates an operator; false when one with this e-mail exists already. */
    @Transactional
    public boolean create(String email, String name, String password) {
        return jdbc.sql("""
                insert into operator_account (id, email, name, password_hash, created_at) values (?, ?, ?, ?, ?)
                on conflict (email) do nothing""")
                .params(UUID.randomUUID(), email.trim().toLowerCase(Locale.ROOT), name,
                        passwordEncoder.encode(password), Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /**
     * The demo operator with a random password, when no operator exists yet: its sign-in as the demo credentials
     * file keeps them ({@code operator.email}, {@code operator.password}); empty when an operator exists.
     */
    @Transactional
    public Optional<Map<String, String>> createDemoOperator() {
        if (anyExists()) {
            return Optional.empty();
        }
        String password = Tokens.random(PASSWORD_ALPHABET, 20);
        create(DEMO_EMAIL, "Operator", password);
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("operator.email", DEMO_EMAIL);
        credentials.put("operator.password", password);
        return Optional.of(credentials);
    }
}
