package pl.bramka.api;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.bramka.integration.ApiClient;
import pl.bramka.integration.ApiScope;
import pl.bramka.invoice.PaymentInvoices;
import pl.bramka.link.PaymentLinks;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Payments;
import pl.bramka.shared.Ids;
import pl.bramka.shared.PublicUrl;

/**
 * Payment links of the token's shop (imoje-compat.md §1.5): a payment the payer pays on Bramka's payment page,
 * choosing the method there. WooCommerce's default imoje gateway pays every order this way.
 */
@RestController
@RequestMapping("/v1/merchant/{merchantId}")
@Tag(name = "Payment links", description = "A payment the payer pays on the payment page, choosing the method")
@ApiDocs.Unauthorized
class PaymentLinkController {

    private final Payments payments;
    private final PaymentLinks links;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final PaymentInvoices invoices;
    private final TransactionTemplate transactions;

    PaymentLinkController(Payments payments, PaymentLinks links, PublicUrl publicUrl, Clock clock,
            PaymentInvoices invoices, TransactionTemplate transactions) {
        this.payments = payments;
        this.links = links;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.invoices = invoices;
        this.transactions = transactions;
    }

    @RequiresScope(ApiScope.CREATE_TRANSACTIONS)
    @PostMapping("/payment")
    @ApiDocs.BodyErrors
    @Operation(summary = "Create a payment link", description = ApiDocs.CREATE_LINK,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CreateLink.class),
                    examples = @ExampleObject(value = ApiExamples.CREATE_LINK))))
    @ApiResponse(responseCode = "200", description = "The link; send the payer to payment.url", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.LinkCreated.class),
            examples = @ExampleObject(value = ApiExamples.LINK_CREATED)))
    ResponseEntity<byte[]> create(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        PaymentLinkRequest link = PaymentLinkRequest.of(JsonBody.read(request), client, clock.instant());
        Payment payment = transactions.execute(status -> {
            Payment opened = links.openApiLink(link.payment());
            if (link.invoice() != null) {
                invoices.attach(opened.merchantId(), opened.id(), link.invoice());
            }
            return opened;
        });
        return ApiResponses.ok(Map.of("payment", PaymentLinkFormat.link(payment, publicUrl, clock.instant())));
    }

    @RequiresScope(ApiScope.READ_TRANSACTIONS)
    @GetMapping("/payment/{paymentId}")
    @ApiDocs.NotFound
    @Operation(summary = "Get a payment link and how it stands", description = ApiDocs.GET_LINK)
    @ApiResponse(responseCode = "200", description = "The link, not wrapped", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.LinkStated.class),
            examples = @ExampleObject(value = ApiExamples.LINK_STATED)))
    ResponseEntity<byte[]> get(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = "The payment's id") @PathVariable String paymentId,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        return stated(find(client, Ids.uuid(paymentId)));
    }

    @RequiresScope(ApiScope.CREATE_TRANSACTIONS)
    @PostMapping("/payment/cancel")
    @ApiDocs.NotFound
    @ApiDocs.BodyErrors
    @Operation(summary = "Cancel a payment link nobody has paid", description = ApiDocs.CANCEL_LINK,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CancelLink.class),
                    examples = @ExampleObject(value = ApiExamples.CANCEL_LINK))))
    @ApiResponse(responseCode = "200", description = "The cancelled link, not wrapped", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.LinkStated.class)))
    ResponseEntity<byte[]> cancel(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        BodyFields fields = BodyFields.of(JsonBody.read(request).json());
        ServiceIds.ofBody(fields, client);
        UUID paymentId = fields.uuid("paymentId", true);
        fields.requireValid();
        Payment payment = find(client, Optional.ofNullable(paymentId));
        return stated(payments.cancel(payment.id()));
    }

    /** A payment of the token's shop; anything else, a malformed id included, is 404. */
    private Payment find(ApiClient client, Optional<UUID> paymentId) {
        return paymentId.flatMap(id -> payments.paymentOfShop(client.serviceId(), id))
                .filter(payment -> payment.merchantId().equals(client.merchantId()))
                .orElseThrow(() -> ApiProblem.notFound("No such payment."));
    }

    private ResponseEntity<byte[]> stated(Payment payment) {
        return ApiResponses.ok(PaymentLinkFormat.stated(payment, payments.attempts(payment),
                payments.firstVisit(payment), publicUrl, clock.instant()));
    }
}
