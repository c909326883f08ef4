package pl.bramka.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.integration.ApiClient;
import pl.bramka.shared.Ids;

/**
 * A token acts for its one shop: another shop's serviceId is as unknown as a made-up one. In a path that is 404,
 * in a body it is an invalid field (422).
 */
final class ServiceIds {

    private ServiceIds() {
    }

    /** The body's serviceId, which must be the token's shop. */
    static @Nullable UUID ofBody(BodyFields fields, ApiClient client) {
        UUID serviceId = fields.uuid("serviceId", true);
        if (serviceId == null) {
            return null;
        }
        if (!serviceId.equals(client.serviceId())) {
            fields.problem("serviceId", "is not the shop this API token acts for");
            return null;
        }
        return client.serviceId();
    }

    /** The path's serviceId when it is the token's shop; otherwise 404. */
    static UUID ofPath(String serviceId, ApiClient client) {
        return Ids.uuid(serviceId).filter(client.serviceId()::equals)
                .orElseThrow(() -> ApiProblem.notFound("No such service."));
    }
}
