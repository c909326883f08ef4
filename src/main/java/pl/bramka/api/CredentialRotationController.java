package pl.bramka.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.bramka.integration.ApiClient;
import pl.bramka.integration.ApiScope;
import pl.bramka.integration.CredentialRotationRefused;
import pl.bramka.integration.RotatedCredentials;
import pl.bramka.integration.ShopCredentials;

/** {@code POST /auth/rotate}: the newest imoje plugins replace their token and shop keys once, on first start. */
@RestController
@RequestMapping("/v1/merchant/{merchantId}")
@Tag(name = "Credentials", description = "Replacing the API token and shop keys, as imoje's newest plugins do")
@ApiDocs.Unauthorized
class CredentialRotationController {

    static final int MAX_SERVICES = 100;

    private final ShopCredentials credentials;

    CredentialRotationController(ShopCredentials credentials) {
        this.credentials = credentials;
    }

    @PostMapping("/auth/rotate")
    // The new keys sign paywall forms, and the old ones stop working after the overlap: a shop's plugin rotates,
    // a read-only token (an analytics tool) must not.
    @RequiresScope(ApiScope.CREATE_TRANSACTIONS)
    @ApiDocs.NotFound
    @ApiDocs.BodyErrors
    @Operation(summary = "Replace the API token and the listed shops' keys", description = ApiDocs.ROTATE,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.Rotate.class),
                    examples = @ExampleObject(value = ApiExamples.ROTATE))))
    @ApiResponse(responseCode = "200", description = "The new token and keys", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.Rotated.class),
            examples = @ExampleObject(value = ApiExamples.ROTATED)))
    ResponseEntity<byte[]> rotate(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        String token = BearerAuthentication.token(request.getHeader("Authorization")).orElseThrow();
        BodyFields fields = BodyFields.of(JsonBody.read(request).json());
        List<String> services = fields.texts("services", MAX_SERVICES, 36);
        if (services == null && !fields.hasProblem("services")) {
            fields.problem("services", "must list at least one serviceId");
        }
        fields.requireValid();
        RotatedCredentials rotated;
        try {
            rotated = credentials.rotateForPlugin(client, token, services);
        } catch (CredentialRotationRefused refused) {
            throw switch (refused.reason()) {
                case UNKNOWN_SERVICE -> ApiProblem.notFound("No such service: " + refused.service());
                case TOKEN_ALREADY_REPLACED -> ApiProblem.refused(ApiProblem.TOKEN_REPLACED, refused.getMessage());
            };
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        rotated.keys().forEach((serviceId, key) -> keys.put(serviceId.toString(), key));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", rotated.token());
        answer.put("services", keys);
        return ApiResponses.ok(answer);
    }
}
