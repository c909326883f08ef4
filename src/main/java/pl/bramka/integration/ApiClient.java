package pl.bramka.integration;

import java.util.Set;
import java.util.UUID;

/**
 * The shop an API bearer token belongs to: a token acts for exactly one shop of one merchant, within its scopes.
 */
public record ApiClient(UUID serviceId, UUID merchantId, String merchantPublicId, Set<ApiScope> scopes) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    public boolean allows(ApiScope scope) {
        return scopes.contains(scope);
    }
}
