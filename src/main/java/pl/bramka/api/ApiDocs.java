package pl.bramka.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says about the API as a whole: title, the bearer scheme every operation needs, and
 * texts the operations share. springdoc is limited to {@code /v1/merchant/**} in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Bramka integration API", version = "1", description = ApiDocs.OVERVIEW,
        license = @License(name = "Open source")), security = @SecurityRequirement(name = ApiDocs.BEARER))
@SecurityScheme(name = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of the shop, issued in the panel under Shops → Integration data")
class ApiDocs {

    static final String BEARER = "bearerAuth";

    static final String OVERVIEW = """
            imoje-compatible REST API: a plugin written for imoje works against Bramka's base URL. Every request \
            carries `Authorization: Bearer <token>`; a token acts for exactly one shop of one merchant. Successful \
            answers are HTTP 200 with compact JSON; errors are `{"apiErrorResponse":{code, message, instance, \
            errors}}`. See docs/api.md for the error codes and the sandbox behaviour.""";

    static final String MERCHANT_ID = "imoje's merchantId: the token's merchant, otherwise 401";

    static final String CREATE = """
            Creates a payment and its sale with the method the shop chose. The answer's `action.url` is the payment \
            page to send the payer to. With `blikCode` (and `clientIp`) the sale is paid at once and the answer \
            carries it settled or rejected (`statusCode` BLK-ERROR-…); `action.url` is still given. In the sandbox \
            the BLIK code 111111 is rejected and any other settles.""";

    static final String GET = """
            A sale or refund of the token's shop. A sale names its payment (`payment`: id and status), lists its \
            refunds under `refunds`, and carries `action` while it is new.""";

    static final String REFUND = """
            Refunds part or all of what remains of a settled sale. Concurrent refunds queue up; their sum never \
            exceeds the sale. Refusals are 422 with TRX-ERROR-13000x codes. With an `Idempotency-Key` a retry \
            after a timeout gets the first refund, as it stands now, instead of refunding again.""";

    static final String IDEMPOTENCY_KEY = "Optional, at most 255 characters: a retried request with the same key and "
            + "the same body gets the first answer; the same key with another body (or, for a refund, another sale) "
            + "is refused (422, TRX-ERROR-110002)";

    static final String CAN_REFUND = """
            Whether `amount` can be refunded now, what remains (`balance`) and whether `amount` is all of it.""";

    static final String SERVICE = """
            The token's shop: whether it takes payments, and one entry per enabled method and currency with its \
            limits.""";

    static final String PAYMENT_METHODS = """
            The shop's methods that take this currency and amount, grouped as the payment page shows them. An \
            inactive shop has none.""";

    static final String CREATE_LINK = """
            Opens a payment the payer pays on Bramka's payment page, choosing among the shop's methods (limited by \
            `visibleMethod`, with `preselectMethodCode` chosen first). Send the payer to `payment.url`. Without \
            `validTo` the shop's payment activity applies; `null` in the answer means no time limit.""";

    static final String GET_LINK = """
            A payment of the token's shop, as a flat object (not wrapped): the link's fields, then its `status`, \
            whether the payer opened it (`isConfirmVisited`) and started paying (`isUsed`), and every attempt \
            under `transactions`, oldest first.""";

    static final String CANCEL_LINK = """
            Cancels a payment nobody has paid or is paying: the payment page then says it has expired. A paid \
            payment, or one whose payer is at the bank, is refused with TRX-ERROR-140001; one already cancelled or \
            past its validity with TRX-ERROR-140002.""";

    static final String ROTATE = """
            Replaces the calling API token and the keys of the listed shops of its merchant, as imoje's newest \
            plugins do once on their first start. The answer holds the new token and one new key per shop; the \
            previous token and keys keep working for the rotation overlap (72 hours by default), and from now on \
            notifications are signed with the new key. The rotation is recorded in each shop's history and \
            e-mailed to the Representatives. Repeating the same call with the previous token within a minute \
            returns the same new credentials; later, or with other shops, it is refused with AUTH-ERROR-000422. \
            A shop that is not the merchant's is 404.""";

    static final String E400 = "REQUEST-ERROR-000400: the body is not one JSON object";
    static final String E401 = "AUTH-ERROR-000401: missing, unknown or revoked token, or another merchant's path";
    static final String E404 = "NOT-FOUND-000404: no such transaction, payment or service for this token";
    static final String E415 = "REQUEST-ERROR-000415: the body is not declared as application/json";
    static final String E422 = "TRX-ERROR-…: invalid or missing parameters (110001) or a refusal; see docs/api.md";

    /** Every operation: a missing or foreign token. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "401", description = E401, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ErrorAnswer.class),
            examples = @ExampleObject(value = ApiExamples.UNAUTHORIZED)))
    @interface Unauthorized {
    }

    /** Operations on a transaction, payment or service named in the request. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = E404, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ErrorAnswer.class),
            examples = @ExampleObject(value = ApiExamples.NOT_FOUND)))
    @interface NotFound {
    }

    /** Operations with a JSON body. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = E400, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ErrorAnswer.class)))
    @ApiResponse(responseCode = "415", description = E415, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ErrorAnswer.class)))
    @ApiResponse(responseCode = "422", description = E422, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ErrorAnswer.class),
            examples = @ExampleObject(value = ApiExamples.INVALID)))
    @interface BodyErrors {
    }
}
