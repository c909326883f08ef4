package pl.bramka.user;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The user behind a request. Its user name is the account id, so sessions are indexed by account and can be ended
 * when the account is deactivated; its authorities are the permissions of its role.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final UUID merchantId;
    private final String email;
    private final String fullName;
    private final Role role;
    private final String language;
    private final boolean active;
    /**
     * Needed only while the password is checked at sign-in, and erased then. Transient as well: sessions are stored
     * serialized in the database, and no copy of the hash may travel with them, whoever builds the principal.
     */
    private transient @Nullable String passwordHash;

    SignedInUser(UUID id, UUID merchantId, String email, String fullName, Role role, String language,
            boolean active, @Nullable String passwordHash) {
        this.id = id;
        this.merchantId = merchantId;
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.language = language;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public UUID merchantId() {
        return merchantId;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    /** The user's language from their profile, {@code pl} or {@code en}. */
    public String language() {
        return language;
    }

    public boolean can(Permission permission) {
        return role.grants(permission);
    }

    @Override
    public String getUsername() {
        return id.toString();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
