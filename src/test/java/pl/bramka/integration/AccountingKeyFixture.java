package pl.bramka.integration;

import java.util.UUID;

/** Sets a shop's ING Księgowość key as the integration tab's form does, for tests of other modules. */
public final class AccountingKeyFixture {

    private AccountingKeyFixture() {
    }

    public static void set(AccountingKeys keys, UUID merchantId, UUID serviceId, String key, UUID actorId) {
        keys.set(merchantId, serviceId, key, actorId);
    }
}
