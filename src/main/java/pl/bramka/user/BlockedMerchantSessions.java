package pl.bramka.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.merchant.MerchantBlocked;

/**
 * Ends the sessions of every user of a merchant the operator blocks, in the block's transaction, as a deactivated
 * user's are: the panel must not stay open to a blocked merchant until its sessions time out.
 */
@Component
class BlockedMerchantSessions {

    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    BlockedMerchantSessions(UserAccounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    void on(MerchantBlocked blocked) {
        accounts.listForMerchant(blocked.merchantId())
                .forEach(user -> events.publishEvent(new UserSessionsRevoked(user.id(), null)));
    }
}
