package pl.bramka.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.integration.ApiClient;
import pl.bramka.invoice.InvoiceDetails;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodCatalogue;

/**
 * A create-payment-link body (imoje-compat.md §1.5): a payment the payer pays on Bramka's payment page, choosing
 * the method there. {@code cart}, {@code simp}, {@code version}, {@code billing} and {@code shipping} are accepted
 * and ignored, as for a sale; {@code invoice} is checked and stored with the payment, as for a sale.
 */
record PaymentLinkRequest(NewPayment payment, @Nullable InvoiceDetails invoice) {

    private static final int METHOD_NAME_LENGTH = 30;
    private static final int PRESELECT_LENGTH = 20;

    static PaymentLinkRequest of(JsonBody body, ApiClient client, Instant now) {
        BodyFields fields = BodyFields.of(body.json());
        UUID serviceId = ServiceIds.ofBody(fields, client);
        Long amount = fields.integer("amount", true, 1, Money.MAX_MINOR);
        String currency = SaleRequest.currency(fields);
        String orderId = SaleRequest.orderId(fields);
        String title = fields.text("title", false, 255);
        String additionalDescription = fields.text("additionalDescription", false, 255);
        List<String> visibleMethods = visibleMethods(fields);
        String preselect = preselectMethodCode(fields);
        String returnUrl = fields.url("returnUrl", false, SaleRequest.URL_LENGTH);
        String successUrl = fields.url("successReturnUrl", false, SaleRequest.URL_LENGTH);
        String failureUrl = fields.url("failureReturnUrl", false, SaleRequest.URL_LENGTH);
        String notificationUrl = fields.url("notificationUrl", false, SaleRequest.URL_LENGTH);
        Instant validTo = SaleRequest.validTo(fields, now);
        Customer customer = SaleRequest.customer(fields);
        InvoiceDetails invoice = SaleRequest.invoice(body, fields, amount);
        fields.requireValid();
        return new PaymentLinkRequest(new NewPayment(serviceId, PaymentSource.WEB, amount, currency, orderId,
                title == null ? "" : title, additionalDescription, customer, null, null,
                new ReturnUrls(successUrl, failureUrl, returnUrl), notificationUrl, visibleMethods, preselect, null,
                validTo), invoice);
    }

    /** imoje's paymentMethod names the payer may choose from; every name must be one Bramka offers. */
    private static @Nullable List<String> visibleMethods(BodyFields fields) {
        List<String> names = fields.texts("visibleMethod", 20, METHOD_NAME_LENGTH);
        if (names == null) {
            return null;
        }
        List<String> unknown = names.stream().filter(name -> PaymentMethodCatalogue.all().stream()
                .noneMatch(method -> method.paymentMethod().equals(name))).toList();
        if (!unknown.isEmpty()) {
            fields.problem("visibleMethod", "holds payment methods Bramka does not offer: "
                    + String.join(", ", unknown));
            return null;
        }
        return names.stream().distinct().toList();
    }

    private static @Nullable String preselectMethodCode(BodyFields fields) {
        String code = fields.text("preselectMethodCode", false, PRESELECT_LENGTH);
        if (code != null && PaymentMethodCatalogue.byCode(code).isEmpty()) {
            fields.problem("preselectMethodCode", "is not a payment method code Bramka offers");
            return null;
        }
        return code;
    }
}
