package pl.bramka.user;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.merchant.MerchantManagement;

/**
 * What a representative does on the users page: invite, change role, deactivate and reactivate. A merchant always
 * keeps at least one active representative, and nobody deactivates themselves.
 */
@Service
class UserAdministration {

    private static final int HISTORY_SHOWN = 20;

    private final UserAccounts accounts;
    private final UserChanges changes;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountSettings settings;
    private final MerchantManagement merchants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(UserAccounts accounts, UserChanges changes, AccountTokens tokens, AccountMails mails,
            AccountSettings settings, MerchantManagement merchants, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.tokens = tokens;
        this.mails = mails;
        this.settings = settings;
        this.merchants = merchants;
        this.events = events;
        this.clock = clock;
    }

    List<UserAccount> list(UUID merchantId) {
        return accounts.listForMerchant(merchantId);
    }

    UserAccount get(UUID merchantId, UUID userId) {
        return accounts.findInMerchant(merchantId, userId).orElseThrow(UserNotFound::new);
    }

    List<UserChange> history(UUID merchantId, UUID userId) {
        return changes.recent(get(merchantId, userId).id(), HISTORY_SHOWN);
    }

    @Transactional
    UUID invite(SignedInUser actor, NewUserForm form) {
        UUID merchantId = actor.merchantId();
        if (accounts.emailTaken(form.getEmail())) {
            throw new UserChangeRefused("user.email.taken");
        }
        UserAccount user = new UserAccount(UUID.randomUUID(), merchantId, form.getEmail().trim(),
                form.getFirstName().trim(), form.getLastName().trim(), blankToNull(form.getPhone()), form.getRole(),
                UserStatus.INVITED, null, form.getLanguage(), OrdersView.TRANSACTIONS, null, clock.instant());
        try {
            accounts.insert(user);
        }
        catch (DuplicateKeyException concurrentInvitation) {
            throw new UserChangeRefused("user.email.taken");
        }
        changes.record(user.id(), "invitation", null, user.email(), actor.id());
        sendInvitation(user);
        return user.id();
    }

    /**
     * A new merchant's first Representative, invited by e-mail as the users page invites (the operator onboarded the
     * merchant, so no user of it is the actor).
     */
    @Transactional
    UUID inviteFirstRepresentative(UUID merchantId, String email, String firstName, String lastName) {
        if (accounts.emailTaken(email)) {
            throw new UserChangeRefused("user.email.taken");
        }
        UserAccount user = new UserAccount(UUID.randomUUID(), merchantId, email.trim(), firstName.trim(),
                lastName.trim(), null, Role.REPRESENTATIVE, UserStatus.INVITED, null, "pl", OrdersView.TRANSACTIONS,
                null, clock.instant());
        accounts.insert(user);
        changes.record(user.id(), "invitation", null, user.email(), null);
        sendInvitation(user);
        return user.id();
    }

    @Transactional
    void resendInvitation(SignedInUser actor, UUID userId) {
        UserAccount user = get(actor.merchantId(), userId);
        if (user.status() != UserStatus.INVITED) {
            throw new UserChangeRefused("user.invitation.notPending");
        }
        changes.record(userId, "invitation", null, user.email(), actor.id());
        sendInvitation(user);
    }

    @Transactional
    void changeRole(SignedInUser actor, UUID userId, Role role) {
        UserAccount user = get(actor.merchantId(), userId);
        if (user.role() == role) {
            return;
        }
        if (user.role() == Role.REPRESENTATIVE && user.status() == UserStatus.ACTIVE) {
            ensureAnotherActiveRepresentative(actor.merchantId());
        }
        accounts.updateRole(userId, role);
        changes.record(userId, "role", user.role(), role, actor.id());
        events.publishEvent(new UserSessionsRevoked(userId, null));
    }

    @Transactional
    void changeStatus(SignedInUser actor, UUID userId, boolean active) {
        UserAccount user = get(actor.merchantId(), userId);
        if (user.status() == UserStatus.INVITED) {
            throw new UserChangeRefused("user.status.invited");
        }
        if (active) {
            if (user.status() != UserStatus.ACTIVE) {
                accounts.updateStatus(userId, UserStatus.ACTIVE);
                changes.record(userId, "status", user.status(), UserStatus.ACTIVE, actor.id());
            }
            return;
        }
        if (user.id().equals(actor.id())) {
            throw new UserChangeRefused("user.status.self");
        }
        if (user.status() == UserStatus.DEACTIVATED) {
            return;
        }
        if (user.role() == Role.REPRESENTATIVE) {
            ensureAnotherActiveRepresentative(actor.merchantId());
        }
        accounts.updateStatus(userId, UserStatus.DEACTIVATED);
        changes.record(userId, "status", user.status(), UserStatus.DEACTIVATED, actor.id());
        events.publishEvent(new UserSessionsRevoked(userId, null));
    }

    private void ensureAnotherActiveRepresentative(UUID merchantId) {
        if (accounts.lockActiveRepresentatives(merchantId) < 2) {
            throw new UserChangeRefused("user.lastRepresentative");
        }
    }

    private void sendInvitation(UserAccount user) {
        String token = tokens.issue(user.id(), AccountTokens.Purpose.INVITATION, settings.invitationValidity());
        mails.sendInvitation(user, merchants.nameOf(user.merchantId()), token);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
