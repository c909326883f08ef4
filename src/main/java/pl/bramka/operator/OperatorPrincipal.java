package pl.bramka.operator;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in operator. Its only authority is {@code OPERATOR}, which no merchant user has. */
final class OperatorPrincipal implements UserDetails, CredentialsContainer {

    static final String AUTHORITY = "OPERATOR";

    private final UUID id;
    private final String email;
    private final String name;
    private @Nullable String passwordHash;

    OperatorPrincipal(UUID id, String email, String name, @Nullable String passwordHash) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
