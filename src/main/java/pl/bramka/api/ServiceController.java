package pl.bramka.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.bramka.integration.ApiClient;
import pl.bramka.shared.Money;
import pl.bramka.shared.PublicUrl;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.PaymentMethodGroup;
import pl.bramka.shop.ShopDirectory;

/** The token's shop and its payment methods (imoje-compat.md §1.7). */
@RestController
@RequestMapping("/v1/merchant/{merchantId}")
@Tag(name = "Service", description = "The shop (imoje's service) and its payment methods")
@ApiDocs.Unauthorized
class ServiceController {

    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2}([-_][A-Za-z]{2})?");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ShopDirectory shops;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    ServiceController(ShopDirectory shops, MessageSource messages, PublicUrl publicUrl) {
        this.shops = shops;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/service/{serviceId}")
    @ApiDocs.NotFound
    @Operation(summary = "Get the shop and its methods", description = ApiDocs.SERVICE)
    @ApiResponse(responseCode = "200", description = "The shop", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ServiceAnswer.class),
            examples = @ExampleObject(value = ApiExamples.SERVICE)))
    ResponseEntity<byte[]> service(@Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = "The token's shop; any other is 404") @PathVariable String serviceId,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        GatewayShop shop = shops.find(ServiceIds.ofPath(serviceId, client))
                .orElseThrow(() -> ApiProblem.notFound("No such service."));
        List<Map<String, Object>> methods = new ArrayList<>();
        for (PaymentMethodDefinition method : shops.enabledMethods(client.merchantId(), shop.serviceId())) {
            for (String currency : method.currencies().stream().sorted(Currencies.ORDER).toList()) {
                methods.add(serviceMethod(method, currency));
            }
        }
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", shop.serviceId().toString());
        service.put("created", shops.created(shop.serviceId()).orElseThrow().getEpochSecond());
        service.put("isActive", shop.acceptsPayments());
        service.put("paymentMethods", methods);
        return ApiResponses.ok(Map.of("service", service));
    }

    @PostMapping("/service/{serviceId}/get-payment-methods")
    @ApiDocs.NotFound
    @ApiDocs.BodyErrors
    @Operation(summary = "List the methods a payer may use for an amount", description = ApiDocs.PAYMENT_METHODS,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = ApiSchemas.GetPaymentMethods.class),
                    examples = @ExampleObject(value = ApiExamples.GET_METHODS))))
    @ApiResponse(responseCode = "200", description = "Groups of channels", content = @Content(
            mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = ApiSchemas.Group.class)),
            examples = @ExampleObject(value = ApiExamples.METHODS)))
    ResponseEntity<byte[]> paymentMethods(
            @Parameter(description = ApiDocs.MERCHANT_ID) @PathVariable String merchantId,
            @Parameter(description = "The token's shop; any other is 404") @PathVariable String serviceId,
            HttpServletRequest request) {
        ApiClient client = BearerAuthentication.client(request);
        JsonBody body = JsonBody.read(request);
        GatewayShop shop = shops.find(ServiceIds.ofPath(serviceId, client))
                .orElseThrow(() -> ApiProblem.notFound("No such service."));
        BodyFields fields = BodyFields.of(body.json());
        Long amount = fields.integer("amount", true, 1, Money.MAX_MINOR);
        String currency = SaleRequest.currency(fields);
        String device = fields.text("device", false, 10);
        if (device != null && !device.equals("desktop") && !device.equals("mobile")) {
            fields.problem("device", "must be \"desktop\" or \"mobile\"");
        }
        String locale = fields.text("locale", false, 5);
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            fields.problem("locale", "must be a language code such as \"pl\" or \"en\"");
        }
        fields.requireValid();
        Locale language = locale == null || locale.toLowerCase(Locale.ROOT).startsWith("pl") ? POLISH
                : Locale.ENGLISH;
        List<PaymentMethodDefinition> available = !shop.acceptsPayments() ? List.of()
                : shops.enabledMethods(client.merchantId(), shop.serviceId()).stream()
                        .filter(method -> method.accepts(currency, amount)).toList();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (PaymentMethodGroup group : PaymentMethodGroup.values()) {
            List<Map<String, Object>> channels = new ArrayList<>();
            for (PaymentMethodDefinition method : available) {
                if (method.group() == group) {
                    channels.add(channel(method, channels.size() + 1));
                }
            }
            if (!channels.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("label", messages.getMessage("methods.group." + group.name(), null, group.name(),
                        language));
                entry.put("isOnline", true);
                entry.put("image", List.of());
                entry.put("priority", group.ordinal() + 1);
                entry.put("channels", channels);
                groups.add(entry);
            }
        }
        return ApiResponses.ok(groups);
    }

    private Map<String, Object> serviceMethod(PaymentMethodDefinition method, String currency) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("paymentMethod", method.paymentMethod());
        entry.put("paymentMethodCode", method.code());
        entry.put("isActive", true);
        entry.put("isOnline", true);
        entry.put("description", method.name());
        entry.put("currency", currency);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("minTransaction", limit(method.minAmount()));
        limits.put("maxTransaction", limit(method.maxAmount()));
        entry.put("transactionLimits", limits);
        entry.put("paymentMethodImage", List.of());
        entry.put("paymentMethodCodeImage", List.of(Map.of("png", publicUrl.of(method.badgePath()))));
        return entry;
    }

    private static Map<String, Object> limit(long value) {
        Map<String, Object> limit = new LinkedHashMap<>();
        limit.put("type", "number");
        limit.put("value", value);
        return limit;
    }

    private static Map<String, Object> channel(PaymentMethodDefinition method, int priority) {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("paymentMethod", method.paymentMethod());
        channel.put("paymentMethodCode", method.code());
        channel.put("label", method.name());
        channel.put("priority", priority);
        channel.put("isOnline", true);
        channel.put("image", List.of());
        return channel;
    }
}
