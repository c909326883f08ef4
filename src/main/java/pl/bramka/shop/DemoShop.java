package pl.bramka.shop;

import java.util.UUID;

/** The credentials of the demo shop, for {@code data/demo-credentials.properties}. */
public record DemoShop(UUID serviceId, String serviceKey, String apiToken) {
}
