package pl.bramka.integration;

import java.util.UUID;

/** The shop an API bearer token belongs to: a token acts for exactly one shop of one merchant. */
public record ApiClient(UUID serviceId, UUID merchantId, String merchantPublicId) {
}
