package pl.bramka.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own settings and password. */
@Service
class Profiles {

    private final UserAccounts accounts;
    private final UserChanges changes;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    Profiles(UserAccounts accounts, UserChanges changes, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.changes = changes;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    UserAccount load(SignedInUser user) {
        return accounts.findById(user.id()).orElseThrow(UserNotFound::new);
    }

    @Transactional
    void update(SignedInUser user, ProfileForm form) {
        accounts.updateProfile(user.id(), form.getFirstName().trim(), form.getLastName().trim(), form.getLanguage(),
                form.getOrdersView());
    }

    /** Replaces the password and ends the user's other sessions; false when the current password is wrong. */
    @Transactional
    boolean changePassword(SignedInUser user, String currentPassword, String newPassword, String keptSessionId) {
        String hash = load(user).passwordHash();
        if (hash == null || !passwordEncoder.matches(currentPassword, hash)) {
            return false;
        }
        accounts.updatePassword(user.id(), passwordEncoder.encode(newPassword));
        changes.record(user.id(), "password", null, "changed", user.id());
        events.publishEvent(new UserSessionsRevoked(user.id(), keptSessionId));
        return true;
    }
}
