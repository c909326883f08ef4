package pl.bramka.api;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.bramka.integration.ApiClient;
import pl.bramka.integration.ApiScope;
import pl.bramka.invoice.PaymentInvoices;
import pl.bramka.payment.ApiSale;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentRefused;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.RefundQuote;
import pl.bramka.payment.RefundRefused;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionType;
import pl.bramka.payment.TransactionWireFormat;
import pl.bramka.shared.Ids;
import pl.bramka.shared.PublicUrl;
import pl.bramka.shop.PaymentMethodDefinition;

/** Sales and refunds of the token's shop (imoje-compat.md §1.1–1.4). */
@RestController
@RequestMapping("/v1/merchant/{merchantId}")
@Tag(name = "Transactions", description = "Create a sale, read it, refund it")
@ApiDocs.Unauthorized
class TransactionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int IDEMPOTENCY_KEY_LENGTH = 255;
    static final String IDEMPOTENCY_KEY_REUSED_MESSAGE = "This Idempotency-Key was already used for a different "
            + "request.";

    private final Payments payments;
    private final PaymentProcessing processing;
    private final Refunds refunds;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final PaymentInvoices invoices;
    private final TransactionTemplate transactions;

    TransactionController(Payments payments, PaymentProcessing processing, Refunds refunds, PublicUrl publicUrl,
            Clock clock, PaymentInvoices invoices, TransactionTemplate transactions) {
        this.payments = payments;
        this.processing = processing;
        this.refunds = refunds;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.invoices = invoices;
        this.transactions = transactions;
    }

    @RequiresScope(ApiScope.CREATE_TRANSACTIONS)
    @PostMapping("/transaction")
    @ApiDocs.BodyErrors
    @Operation(summary = "Create a sale", description = ApiDocs.CREATE,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CreateTransaction.class),
                    examples = {@ExampleObject(name = "BLIK with code", value = ApiExamples.CREATE_BLIK),
                            @ExampleObject(name = "Bank transfer", value = ApiExamples.CREATE_BANK)})))
    @ApiResponse(responseCode = "200", description = "The sale and where to send the payer", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.Created.class),
            examples = @ExampleObject(value = ApiExamples.CREATED)))
    ResponseEntity<byte[]> create(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY)
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        JsonBody body = JsonBody.read(request);
        String key = idempotencyKey(idempotencyKey);
        SaleRequest sale = SaleRequest.of(body, client, clock.instant());
        requireMethodTakes(sale.method(), sale.payment().currency(), sale.payment().amount());
        ApiSale created;
        try {
            created = transactions.execute(status -> createWithInvoice(sale, key, body.digest()));
        } catch (PaymentRefused refused) {
            if (refused.reason() == PaymentRefused.Reason.METHOD_UNAVAILABLE) {
                throw ApiProblem.refused(ApiProblem.METHOD_UNAVAILABLE, "The payment method \""
                        + sale.method().code() + "\" is not enabled for this shop.", "paymentMethodCode");
            }
            throw refused;
        }
        Transaction transaction = created.transaction();
        if (sale.blikCode() != null && !created.repeated()) {
            transaction = processing.pay(transaction.id(), new PayerInput.BlikCode(sale.blikCode())).transaction();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("transaction", TransactionWireFormat.transaction(transaction));
        answer.put("action", ApiResponses.paymentPageAction(publicUrl, transaction.paymentId()));
        return ApiResponses.ok(answer);
    }

    /** The sale and the invoice object sent with it, stored in one database transaction. */
    private ApiSale createWithInvoice(SaleRequest sale, @Nullable String key, String digest) {
        ApiSale created = payments.createApiSale(sale.payment(), sale.method().code(), key, digest);
        if (sale.invoice() != null && !created.repeated()) {
            invoices.attach(created.transaction().merchantId(), created.transaction().paymentId(), sale.invoice());
        }
        return created;
    }

    @RequiresScope(ApiScope.READ_TRANSACTIONS)
    @GetMapping("/transaction/{transactionId}")
    @ApiDocs.NotFound
    @Operation(summary = "Get a transaction", description = ApiDocs.GET)
    @ApiResponse(responseCode = "200", description = "The transaction", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.Fetched.class),
            examples = @ExampleObject(value = ApiExamples.FETCHED)))
    ResponseEntity<byte[]> get(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = "A transaction (sale or refund) of the token's shop") @PathVariable
            String transactionId, HttpServletRequest request) {
        Transaction transaction = find(BearerAuthentication.client(request), transactionId);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (transaction.type() == TransactionType.SALE) {
            answer.put("transaction", TransactionWireFormat.transaction(transaction,
                    payments.paymentOfShop(transaction.serviceId(), transaction.paymentId()).orElseThrow(),
                    payments.refundsOf(transaction)));
            if (transaction.status() == TransactionStatus.NEW) {
                answer.put("action", ApiResponses.paymentPageAction(publicUrl, transaction.paymentId()));
            }
        } else {
            answer.put("transaction", TransactionWireFormat.transaction(transaction));
        }
        return ApiResponses.ok(answer);
    }

    @RequiresScope(ApiScope.REFUND)
    @PostMapping("/transaction/{transactionId}/refund")
    @ApiDocs.NotFound
    @ApiDocs.BodyErrors
    @Operation(summary = "Refund a settled sale, in full or in part", description = ApiDocs.REFUND,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.Refund.class),
                    examples = @ExampleObject(value = ApiExamples.REFUND))))
    @ApiResponse(responseCode = "200", description = "The refund", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.Refunded.class),
            examples = @ExampleObject(value = ApiExamples.REFUNDED)))
    ResponseEntity<byte[]> refund(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = "The sale to refund") @PathVariable String transactionId,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY)
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        JsonBody body = JsonBody.read(request);
        Transaction sale = find(client, transactionId);
        String key = idempotencyKey(idempotencyKey);
        RefundRequest refund = RefundRequest.of(body, client);
        Transaction made;
        try {
            made = key == null ? refunds.refund(sale, refund.amount(), refund.title(), PaymentSource.API)
                    : refunds.refund(sale, refund.amount(), refund.title(), PaymentSource.API, key, body.digest());
        } catch (RefundRefused refused) {
            throw refusal(refused, sale);
        }
        return ApiResponses.ok(TransactionWireFormat.wrapped(made));
    }

    @RequiresScope(ApiScope.READ_TRANSACTIONS)
    @PostMapping("/transaction/{transactionId}/can-refund")
    @ApiDocs.NotFound
    @ApiDocs.BodyErrors
    @Operation(summary = "Ask whether an amount can be refunded", description = ApiDocs.CAN_REFUND,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CanRefund.class),
                    examples = @ExampleObject(value = ApiExamples.CAN_REFUND))))
    @ApiResponse(responseCode = "200", description = "What can be refunded", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.CanRefundAnswer.class),
            examples = @ExampleObject(value = ApiExamples.CAN_REFUND_ANSWER)))
    ResponseEntity<byte[]> canRefund(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = "The sale") @PathVariable String transactionId, HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        JsonBody body = JsonBody.read(request);
        Transaction sale = find(client, transactionId);
        long amount = RefundRequest.amountToCheck(body);
        RefundQuote quote = refunds.quote(sale);
        long balance = quote.refundable() ? quote.remaining() : 0;
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("maxRefundAmount", balance);
        partial.put("minRefundAmount", 1);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", sale.id().toString());
        answer.put("refundable", quote.allows(amount));
        answer.put("balance", balance);
        answer.put("fullRefund", quote.allows(amount) && amount == balance);
        answer.put("partialRefund", partial);
        return ApiResponses.ok(answer);
    }

    /** A transaction of the token's shop; anything else, a malformed id included, is 404. */
    private Transaction find(ApiClient client, String transactionId) {
        return Ids.uuid(transactionId).flatMap(id -> payments.transactionOfShop(client.serviceId(), id))
                .filter(transaction -> transaction.merchantId().equals(client.merchantId()))
                .orElseThrow(() -> ApiProblem.notFound("No such transaction."));
    }

    private static @Nullable String idempotencyKey(@Nullable String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > IDEMPOTENCY_KEY_LENGTH) {
            throw ApiProblem.invalid(IDEMPOTENCY_KEY, "must be 1 to " + IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        return key;
    }

    /** The catalogue's limits, told precisely before the shop's own switch is asked. */
    private static void requireMethodTakes(PaymentMethodDefinition method, String currency, long amount) {
        if (!method.currencies().contains(currency)) {
            throw ApiProblem.refused(ApiProblem.METHOD_UNAVAILABLE, "The payment method \"" + method.code()
                    + "\" takes only " + String.join(", ", method.currencies().stream().sorted(Currencies.ORDER)
                            .toList()) + ".", "currency");
        }
        if (amount < method.minAmount() || amount > method.maxAmount()) {
            throw ApiProblem.refused(ApiProblem.METHOD_UNAVAILABLE, "The payment method \"" + method.code()
                    + "\" takes amounts from " + method.minAmount() + " to " + method.maxAmount() + ".", "amount");
        }
    }

    private ApiProblem refusal(RefundRefused refused, Transaction sale) {
        return switch (refused.reason()) {
            case NOT_A_SALE -> ApiProblem.refused(ApiProblem.REFUND_NOT_A_SALE,
                    "Only a sale can be refunded; this transaction is a refund.");
            case NOT_SETTLED -> ApiProblem.refused(ApiProblem.REFUND_NOT_SETTLED,
                    "Only a settled sale can be refunded; this one is " + sale.status().wire() + ".");
            case NOTHING_LEFT -> ApiProblem.refused(ApiProblem.REFUND_NOTHING_LEFT,
                    "The sale has been refunded in full; nothing remains to be refunded.");
            case AMOUNT_ABOVE_REMAINING -> ApiProblem.refused(ApiProblem.REFUND_AMOUNT,
                    "The amount is more than what remains to be refunded (" + refunds.quote(sale).remaining() + ").",
                    "amount");
            case IDEMPOTENCY_KEY_REUSED -> ApiProblem.refused(ApiProblem.IDEMPOTENCY_KEY_REUSED,
                    IDEMPOTENCY_KEY_REUSED_MESSAGE, IDEMPOTENCY_KEY);
        };
    }
}
