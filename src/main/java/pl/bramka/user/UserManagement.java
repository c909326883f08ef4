package pl.bramka.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of user accounts: sign-in lookups, re-confirming a password, and creating a merchant's
 * first users.
 */
@Service
public class UserManagement {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final UserAdministration administration;

    UserManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
            UserAdministration administration) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.administration = administration;
    }

    /** Whether any user, of any merchant, has this e-mail address (addresses are unique across merchants). */
    public boolean emailTaken(String email) {
        return accounts.emailTaken(email);
    }

    /**
     * Invites a new merchant's first Representative by e-mail, in the caller's transaction with the merchant.
     *
     * @throws IllegalStateException when the address is taken (check {@link #emailTaken} first)
     */
    @Transactional
    public UUID inviteFirstRepresentative(UUID merchantId, String email, String firstName, String lastName) {
        try {
            return administration.inviteFirstRepresentative(merchantId, email, firstName, lastName);
        } catch (UserChangeRefused taken) {
            throw new IllegalStateException("E-mail address taken", taken);
        }
    }

    public Optional<SignedInUser> findForSignIn(String email) {
        return accounts.findByEmail(email.trim()).filter(user -> user.passwordHash() != null)
                .map(UserAccount::toSignedInUser);
    }

    /**
     * Whether {@code rawPassword} is this user's password, for re-confirming identity before showing a secret. An
     * over-long input is refused without hashing, so it cannot be used to make the server burn time.
     */
    public boolean passwordMatches(UUID userId, String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty() || rawPassword.length() > Passwords.MAX_LENGTH) {
            return false;
        }
        return accounts.findById(userId).map(UserAccount::passwordHash)
                .map(hash -> passwordEncoder.matches(rawPassword, hash)).orElse(false);
    }

    /** A merchant's active users whose role grants the permission, e.g. everyone who may approve a refund. */
    public List<UserContact> activeUsersWith(UUID merchantId, Permission permission) {
        return accounts.listForMerchant(merchantId).stream()
                .filter(user -> user.status() == UserStatus.ACTIVE && user.role().grants(permission))
                .map(UserAccount::contact).toList();
    }

    /** A user of the merchant as someone to write to; empty for another merchant's user. */
    public Optional<UserContact> contact(UUID merchantId, UUID userId) {
        return accounts.findInMerchant(merchantId, userId).map(UserAccount::contact);
    }

    /** How the user chose to see the transactions section; the signed-in principal does not carry it. */
    public OrdersView ordersViewOf(UUID userId) {
        return accounts.findById(userId).map(UserAccount::ordersView).orElse(OrdersView.TRANSACTIONS);
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
