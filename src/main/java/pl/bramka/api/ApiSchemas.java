package pl.bramka.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The shapes of requests and answers, for {@code /v3/api-docs} only: handlers read bodies field by field and write
 * ordered maps, so these types describe the wire without being used on it. {@code ApiContractTests} checks the
 * wire itself.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "CreateTransactionRequest", description = "A sale; fields plugins send that Bramka does not use "
            + "(billing, shipping, invoice, installment, customer.cid, customer.company, customer.locale, …) are "
            + "accepted and ignored.")
    @JsonPropertyOrder({"type", "serviceId", "amount", "currency", "orderId", "title", "paymentMethod",
            "paymentMethodCode", "successReturnUrl", "failureReturnUrl", "returnUrl", "clientIp", "customer",
            "notificationUrl", "blikCode", "validTo"})
    record CreateTransaction(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "sale") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uuid",
                    description = "The shop of the API token") String serviceId,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999999",
                    description = "Minor units (grosze); a JSON integer") long amount,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"PLN", "EUR", "USD", "GBP", "CHF",
                    "SEK", "HUF", "CZK", "RON"}) String currency,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100,
                    pattern = "^[A-Za-z0-9#_\\-./ \\u00C0-\\u02C0]+$") String orderId,
            @Schema(maxLength = 255) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "blik",
                    description = "blik, card, pbl, wallet, imoje_paylater, imoje_installments") String paymentMethod,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "blik",
                    description = "A channel of paymentMethod, e.g. blik, ecom3ds, ing, mtransfer, ipko, gpay, paypo")
            String paymentMethodCode,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uri", maxLength = 300) String successReturnUrl,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uri", maxLength = 300) String failureReturnUrl,
            @Schema(format = "uri", maxLength = 300) String returnUrl,
            @Schema(description = "IPv4 or IPv6; required with blikCode") String clientIp,
            @Schema(requiredMode = RequiredMode.REQUIRED) CreateCustomer customer,
            @Schema(format = "uri", maxLength = 300, description = "Where this transaction's notifications go")
            String notificationUrl,
            @Schema(pattern = "^[0-9]{6}$", description = "Pay at once with this BLIK code (paymentMethodCode blik "
                    + "only); the answer then carries the settled or rejected transaction") String blikCode,
            @Schema(nullable = true, description = "Unix seconds in the future; null takes the shop's payment "
                    + "activity") Long validTo) {
    }

    @Schema(name = "Customer")
    @JsonPropertyOrder({"firstName", "lastName", "email", "phone"})
    record CreateCustomer(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100) String firstName,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100) String lastName,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200, format = "email") String email,
            @Schema(maxLength = 20) String phone) {
    }

    @Schema(name = "CreatePaymentLinkRequest", description = "A payment link; cart, invoice, simp, version, billing "
            + "and shipping are accepted and ignored.")
    @JsonPropertyOrder({"serviceId", "amount", "currency", "orderId", "title", "additionalDescription",
            "returnUrl", "successReturnUrl", "failureReturnUrl", "customer", "notificationUrl", "visibleMethod",
            "preselectMethodCode", "validTo"})
    record CreateLink(
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uuid",
                    description = "The shop of the API token") String serviceId,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999999",
                    description = "Minor units (grosze); a JSON integer") long amount,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "PLN") String currency,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100,
                    pattern = "^[A-Za-z0-9#_\\-./ \\u00C0-\\u02C0]+$") String orderId,
            @Schema(maxLength = 255) String title,
            @Schema(maxLength = 255, description = "Shown to the payer under the title") String additionalDescription,
            @Schema(format = "uri", maxLength = 300) String returnUrl,
            @Schema(format = "uri", maxLength = 300) String successReturnUrl,
            @Schema(format = "uri", maxLength = 300) String failureReturnUrl,
            @Schema(requiredMode = RequiredMode.REQUIRED) CreateCustomer customer,
            @Schema(format = "uri", maxLength = 300) String notificationUrl,
            @Schema(description = "imoje's paymentMethod names the payer may choose from, e.g. [\"card\",\"blik\"]; "
                    + "absent or empty: every method of the shop") List<String> visibleMethod,
            @Schema(maxLength = 20, description = "A method code to choose first, e.g. blik") String preselectMethodCode,
            @Schema(nullable = true, description = "Unix seconds in the future; null takes the shop's payment "
                    + "activity") Long validTo) {
    }

    @Schema(name = "CancelPaymentLinkRequest")
    @JsonPropertyOrder({"serviceId", "paymentId"})
    record CancelLink(@Schema(requiredMode = RequiredMode.REQUIRED, format = "uuid") String serviceId,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uuid") String paymentId) {
    }

    @Schema(name = "PaymentLinkCustomer", description = "\"\" for what the shop did not give")
    @JsonPropertyOrder({"firstName", "lastName", "email", "phone"})
    record LinkCustomer(String firstName, String lastName, String email, String phone) {
    }

    @Schema(name = "PaymentLink", description = "Keys in exactly this order; \"\" for URLs the shop did not give")
    @JsonPropertyOrder({"id", "url", "serviceId", "orderId", "title", "simp", "amount", "currency", "returnUrl",
            "successReturnUrl", "failureReturnUrl", "customer", "isActive", "validTo", "created", "modified"})
    record Link(@Schema(format = "uuid") String id,
            @Schema(format = "uri", description = "Bramka's payment page: send the payer here") String url,
            @Schema(format = "uuid") String serviceId, String orderId, String title,
            @Schema(description = "Always \"\"") String simp, long amount, String currency, String returnUrl,
            String successReturnUrl, String failureReturnUrl, LinkCustomer customer,
            @Schema(description = "Whether the payer can pay it now") boolean isActive,
            @Schema(nullable = true, description = "Unix seconds; null: no time limit") Long validTo,
            @Schema(description = "Unix seconds") long created, @Schema(description = "Unix seconds") long modified) {
    }

    @Schema(name = "CreatePaymentLinkResponse")
    record LinkCreated(Link payment) {
    }

    @Schema(name = "PaymentLinkState", description = "The PaymentLink keys, then these, in this order")
    @JsonPropertyOrder({"id", "url", "serviceId", "orderId", "title", "simp", "amount", "currency", "returnUrl",
            "successReturnUrl", "failureReturnUrl", "customer", "isActive", "validTo", "created", "modified",
            "status", "isGenerated", "isUsed", "usedAt", "isConfirmVisited", "confirmVisitedAt", "notificationUrl",
            "transactions"})
    record LinkStated(@Schema(format = "uuid") String id, @Schema(format = "uri") String url,
            @Schema(format = "uuid") String serviceId, String orderId, String title, String simp, long amount,
            String currency, String returnUrl, String successReturnUrl, String failureReturnUrl,
            LinkCustomer customer, boolean isActive, @Schema(nullable = true) Long validTo, long created,
            long modified,
            @Schema(allowableValues = {"new", "pending", "authorized", "settled", "rejected", "cancelled", "error"},
                    description = "settled once paid, else how the latest attempt stands") String status,
            @Schema(description = "Always true: the link's page exists") boolean isGenerated,
            @Schema(description = "Whether the payer started paying") boolean isUsed,
            @Schema(nullable = true, description = "Unix seconds of the first attempt") Long usedAt,
            @Schema(description = "Whether the payer opened the payment page") boolean isConfirmVisited,
            @Schema(nullable = true, description = "Unix seconds of the first visit") Long confirmVisitedAt,
            @Schema(description = "\"\" when none") String notificationUrl,
            @Schema(description = "Every attempt, oldest first") List<TransactionObject> transactions) {
    }

    @Schema(name = "RefundRequest")
    @JsonPropertyOrder({"type", "serviceId", "amount", "title", "sendRefundConfirmationEmail"})
    record Refund(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "refund") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uuid") String serviceId,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999999",
                    description = "At most what remains of the sale") long amount,
            @Schema(maxLength = 255) String title,
            @Schema(description = "Accepted and ignored") Boolean sendRefundConfirmationEmail) {
    }

    @Schema(name = "CanRefundRequest")
    record CanRefund(@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999999")
            long amount) {
    }

    @Schema(name = "GetPaymentMethodsRequest")
    @JsonPropertyOrder({"amount", "currency", "device", "locale"})
    record GetPaymentMethods(
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999999") long amount,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "PLN") String currency,
            @Schema(allowableValues = {"desktop", "mobile"}) String device,
            @Schema(example = "pl", description = "pl (default) gives Polish labels, anything else English")
            String locale) {
    }

    @Schema(name = "Transaction", description = "Keys in exactly this order; the same object as in notifications")
    @JsonPropertyOrder({"id", "type", "status", "source", "created", "modified", "notificationUrl", "serviceId",
            "amount", "currency", "title", "orderId", "paymentMethod", "paymentMethodCode", "statusCode",
            "statusCodeDescription", "blikTransactionId", "payment", "refunds"})
    record TransactionObject(@Schema(format = "uuid", requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(allowableValues = {"sale", "refund"}, requiredMode = RequiredMode.REQUIRED) String type,
            @Schema(allowableValues = {"new", "pending", "authorized", "settled", "rejected", "cancelled", "error"},
                    requiredMode = RequiredMode.REQUIRED) String status,
            @Schema(allowableValues = {"api", "web"}, requiredMode = RequiredMode.REQUIRED) String source,
            @Schema(description = "Unix seconds", requiredMode = RequiredMode.REQUIRED) long created,
            @Schema(description = "Unix seconds", requiredMode = RequiredMode.REQUIRED) long modified,
            @Schema(description = "\"\" when none", requiredMode = RequiredMode.REQUIRED) String notificationUrl,
            @Schema(format = "uuid", requiredMode = RequiredMode.REQUIRED) String serviceId,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amount,
            @Schema(requiredMode = RequiredMode.REQUIRED) String currency,
            @Schema(description = "\"\" when none", requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) String orderId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String paymentMethod,
            @Schema(requiredMode = RequiredMode.REQUIRED) String paymentMethodCode,
            @Schema(description = "Only when the acquirer gave one, e.g. BLK-ERROR-210002") String statusCode,
            @Schema(description = "Only with statusCode") String statusCodeDescription,
            @Schema(description = "Only for settled BLIK payments") String blikTransactionId,
            @Schema(description = "GET of a sale only: its payment's id and status") PaymentRef payment,
            @Schema(description = "GET of a sale only, and only when it has refunds") List<Wrapped> refunds) {
    }

    @Schema(name = "PaymentReference")
    @JsonPropertyOrder({"id", "status"})
    record PaymentRef(@Schema(format = "uuid") String id,
            @Schema(allowableValues = {"new", "pending", "authorized", "settled", "rejected", "cancelled", "error"})
            String status) {
    }

    @Schema(name = "TransactionWrapper")
    record Wrapped(TransactionObject transaction) {
    }

    @Schema(name = "Action", description = "Where to send the payer: Bramka's payment page")
    @JsonPropertyOrder({"type", "url", "method", "contentType", "contentBodyRaw"})
    record Action(@Schema(allowableValues = "redirect") String type, @Schema(format = "uri") String url,
            @Schema(allowableValues = "GET") String method, @Schema(example = "") String contentType,
            @Schema(example = "") String contentBodyRaw) {
    }

    @Schema(name = "CreateTransactionResponse")
    record Created(TransactionObject transaction, Action action) {
    }

    @Schema(name = "GetTransactionResponse")
    record Fetched(TransactionObject transaction,
            @Schema(description = "Only while the sale is new") Action action) {
    }

    @Schema(name = "RefundResponse")
    record Refunded(@Schema(description = "The refund (type refund)") TransactionObject transaction) {
    }

    @Schema(name = "CanRefundResponse")
    @JsonPropertyOrder({"id", "refundable", "balance", "fullRefund", "partialRefund"})
    record CanRefundAnswer(@Schema(format = "uuid") String id,
            @Schema(description = "Whether the amount asked about can be refunded now") boolean refundable,
            @Schema(description = "What remains to be refunded; 0 unless the sale is settled") long balance,
            @Schema(description = "Whether the amount is everything that remains") boolean fullRefund,
            PartialRefund partialRefund) {
    }

    @Schema(name = "PartialRefund")
    @JsonPropertyOrder({"maxRefundAmount", "minRefundAmount"})
    record PartialRefund(long maxRefundAmount, long minRefundAmount) {
    }

    @Schema(name = "ServiceResponse")
    record ServiceAnswer(Service service) {
    }

    @Schema(name = "Service")
    @JsonPropertyOrder({"id", "created", "isActive", "paymentMethods"})
    record Service(@Schema(format = "uuid") String id, @Schema(description = "Unix seconds") long created,
            boolean isActive,
            @Schema(description = "One entry per enabled method and currency") List<ServiceMethod> paymentMethods) {
    }

    @Schema(name = "ServicePaymentMethod")
    @JsonPropertyOrder({"paymentMethod", "paymentMethodCode", "isActive", "isOnline", "description", "currency",
            "transactionLimits", "paymentMethodImage", "paymentMethodCodeImage"})
    record ServiceMethod(String paymentMethod, String paymentMethodCode, boolean isActive, boolean isOnline,
            String description, String currency, Limits transactionLimits,
            @Schema(description = "Always an array (empty)") List<Object> paymentMethodImage,
            @Schema(description = "One image: Bramka's neutral SVG badge with the method's name, under the key "
                    + "\"png\" where imoje's plugins read it") List<Map<String, String>> paymentMethodCodeImage) {
    }

    @Schema(name = "TransactionLimits")
    record Limits(Limit minTransaction, Limit maxTransaction) {
    }

    @Schema(name = "TransactionLimit")
    record Limit(@Schema(allowableValues = "number") String type, @Schema(description = "Minor units") long value) {
    }

    @Schema(name = "PaymentMethodGroup")
    @JsonPropertyOrder({"label", "isOnline", "image", "priority", "channels"})
    record Group(String label, boolean isOnline, List<Object> image, int priority, List<Channel> channels) {
    }

    @Schema(name = "PaymentMethodChannel")
    @JsonPropertyOrder({"paymentMethod", "paymentMethodCode", "label", "priority", "isOnline", "image"})
    record Channel(String paymentMethod, String paymentMethodCode, String label, int priority, boolean isOnline,
            List<Object> image) {
    }

    @Schema(name = "ApiErrorResponse")
    record ErrorAnswer(ApiError apiErrorResponse) {
    }

    @Schema(name = "ApiError")
    @JsonPropertyOrder({"code", "message", "instance", "errors"})
    record ApiError(@Schema(example = "TRX-ERROR-110001") String code, String message,
            @Schema(description = "The request body as received, or {}") Object instance,
            List<FieldError> errors) {
    }

    @Schema(name = "ApiFieldError")
    record FieldError(@Schema(example = "amount") String field, @Schema(example = "is required") String message) {
    }

    @Schema(name = "RotateRequest")
    record Rotate(@Schema(requiredMode = RequiredMode.REQUIRED, description = "serviceIds of the token's merchant")
            List<String> services) {
    }

    @Schema(name = "RotateResponse")
    @JsonPropertyOrder({"token", "services"})
    record Rotated(@Schema(description = "The new API token") String token,
            @Schema(description = "serviceId → the shop's new key") Map<String, String> services) {
    }
}
