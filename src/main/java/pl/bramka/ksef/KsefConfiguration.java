package pl.bramka.ksef;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.secret.SecretBox;

/**
 * Changes to a merchant's KSeF settings, each recorded for the audit log. The token is sealed before it is stored
 * and only its last characters are kept in the clear, for the page to show.
 */
@Service
class KsefConfiguration {

    static final int SHOWN_TOKEN_CHARACTERS = 4;

    /** What the settings page shows: the choices and the end of the token, if one is set. */
    record View(boolean enabled, KsefEnvironment environment, boolean includeConsumers, Optional<String> tokenHint) {
    }

    private final KsefMerchantSettings store;
    private final MerchantManagement merchants;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KsefConfiguration(KsefMerchantSettings store, MerchantManagement merchants, SecretBox secrets,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.merchants = merchants;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
    }

    View viewOf(UUID merchantId) {
        return store.find(merchantId).map(chosen -> new View(chosen.enabled(), chosen.environment(),
                chosen.includeConsumers(), Optional.ofNullable(chosen.tokenHint())))
                .orElse(new View(false, KsefEnvironment.TEST, false, Optional.empty()));
    }

    boolean merchantHasNip(UUID merchantId) {
        return merchants.find(merchantId).map(Merchant::nip).isPresent();
    }

    boolean hasToken(UUID merchantId) {
        return store.find(merchantId).filter(MerchantKsefSettings::hasToken).isPresent();
    }

    @Transactional
    void choose(UUID merchantId, boolean enabled, KsefEnvironment environment, boolean includeConsumers,
            UUID changedBy) {
        View before = viewOf(merchantId);
        store.saveChoices(merchantId, enabled, environment, includeConsumers, clock.instant());
        record(merchantId, changedBy, "enabled", before.enabled(), enabled);
        record(merchantId, changedBy, "environment", before.environment(), environment);
        record(merchantId, changedBy, "includeConsumers", before.includeConsumers(), includeConsumers);
    }

    @Transactional
    void replaceToken(UUID merchantId, String token, UUID changedBy) {
        View before = viewOf(merchantId);
        String hint = token.substring(token.length() - SHOWN_TOKEN_CHARACTERS);
        store.saveToken(merchantId, secrets.seal(token, KsefMerchantSettings.tokenColumn(merchantId)), hint,
                clock.instant());
        events.publishEvent(new KsefSettingsChanged(merchantId, changedBy, "token",
                before.tokenHint().isPresent() ? "set" : null, before.tokenHint().isPresent() ? "changed" : "set"));
    }

    private void record(UUID merchantId, UUID changedBy, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            events.publishEvent(new KsefSettingsChanged(merchantId, changedBy, field, before.toString(),
                    after.toString()));
        }
    }
}
