package pl.bramka.user;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of user accounts: sign-in lookups and creating a merchant's first users. */
@Service
public class UserManagement {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<SignedInUser> findForSignIn(String email) {
        return accounts.findByEmail(email.trim()).filter(user -> user.passwordHash() != null)
                .map(UserAccount::toSignedInUser);
    }

    @Transactional
    public void recordSignIn(UUID userId) {
        accounts.recordSignIn(userId, clock.instant());
    }

    /** Creates a user who can sign in at once: a merchant's first representative, or the demo users. */
    @Transactional
    public UUID createActiveUser(UUID merchantId, String email, String firstName, String lastName, Role role,
            String rawPassword) {
        if (accounts.emailTaken(email)) {
            throw new IllegalArgumentException("E-mail already in use: " + email);
        }
        UUID id = UUID.randomUUID();
        accounts.insert(new UserAccount(id, merchantId, email, firstName, lastName, null, role, UserStatus.ACTIVE,
                passwordEncoder.encode(rawPassword), "pl", OrdersView.TRANSACTIONS, null, clock.instant()));
        return id;
    }
}
