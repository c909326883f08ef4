package pl.bramka.user;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a password through a one-time link: a password reset or an accepted invitation. */
@Service
class AccountRecovery {

    private final UserAccounts accounts;
    private final UserChanges changes;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountSettings settings;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountRecovery(UserAccounts accounts, UserChanges changes, AccountTokens tokens, AccountMails mails,
            AccountSettings settings, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.changes = changes;
        this.tokens = tokens;
        this.mails = mails;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Sends a reset link when the address belongs to an active account; says nothing either way. */
    @Transactional
    void requestPasswordReset(String email) {
        accounts.findByEmail(email.trim())
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .ifPresent(user -> mails.sendPasswordReset(user, tokens.issue(user.id(),
                        AccountTokens.Purpose.PASSWORD_RESET, settings.passwordResetValidity())));
    }

    AccountTokens.State checkLink(String token, AccountTokens.Purpose purpose) {
        AccountTokens.Lookup lookup = tokens.look(token, purpose);
        if (lookup.state() != AccountTokens.State.VALID) {
            return lookup.state();
        }
        UserStatus status = accounts.findById(lookup.userId().orElseThrow()).orElseThrow().status();
        boolean accountFits = purpose == AccountTokens.Purpose.INVITATION ? status == UserStatus.INVITED
                : status == UserStatus.ACTIVE;
        return accountFits ? AccountTokens.State.VALID : AccountTokens.State.USED;
    }

    /** Sets the new password if the link still works; returns the link's state as it was found. */
    @Transactional
    AccountTokens.State usePasswordLink(String token, AccountTokens.Purpose purpose, String rawPassword) {
        AccountTokens.State state = checkLink(token, purpose);
        if (state != AccountTokens.State.VALID || !tokens.consume(token)) {
            return state == AccountTokens.State.VALID ? AccountTokens.State.USED : state;
        }
        UUID userId = tokens.look(token, purpose).userId().orElseThrow();
        String hash = passwordEncoder.encode(rawPassword);
        if (purpose == AccountTokens.Purpose.INVITATION) {
            accounts.activateWithPassword(userId, hash);
            changes.record(userId, "status", UserStatus.INVITED, UserStatus.ACTIVE, userId);
        }
        else {
            accounts.updatePassword(userId, hash);
            changes.record(userId, "password", null, "reset", userId);
            events.publishEvent(new UserSessionsRevoked(userId, null));
        }
        return AccountTokens.State.VALID;
    }
}
