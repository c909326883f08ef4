package pl.bramka.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.hc.core5.net.InetAddressUtils;
import org.jspecify.annotations.Nullable;
import pl.bramka.integration.ApiClient;
import pl.bramka.invoice.InvoiceDetails;
import pl.bramka.invoice.InvoiceObject;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;
import tools.jackson.databind.JsonNode;

/**
 * A create-transaction body (imoje-compat.md §1.2) checked against every rule there. Fields real plugins add and
 * Bramka does not use ({@code billing}, {@code shipping}, {@code installment}, {@code customer.cid},
 * {@code customer.company}, {@code customer.locale}, …) are accepted and ignored.
 *
 * @param blikCode a BLIK code to pay with at once (BLIK level 0), or null
 * @param invoice  imoje's invoice object (buyer and positions), stored with the payment; null when not sent
 */
record SaleRequest(NewPayment payment, PaymentMethodDefinition method, @Nullable String blikCode,
        @Nullable InvoiceDetails invoice) {

    static final int URL_LENGTH = 300;
    /** orderId: letters, digits, {@code #_-./} and space, plus U+00C0–U+02C0 (Polish and other accented letters). */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9#_\\-./ \\u00C0-\\u02C0]+");
    private static final Pattern BLIK_CODE = Pattern.compile("\\d{6}");
    /** 9999-12-31T23:59:59Z: beyond it a date is a mistake. */
    private static final long LAST_VALID_TO = 253_402_300_799L;

    static SaleRequest of(JsonBody body, ApiClient client, Instant now) {
        BodyFields fields = BodyFields.of(body.json());
        String type = fields.text("type", true, 10);
        if (type != null && !type.equals("sale")) {
            fields.problem("type", "must be \"sale\"");
        }
        UUID serviceId = ServiceIds.ofBody(fields, client);
        Long amount = fields.integer("amount", true, 1, Money.MAX_MINOR);
        String currency = currency(fields);
        String orderId = orderId(fields);
        String title = fields.text("title", false, 255);
        PaymentMethodDefinition method = method(fields);
        String successUrl = fields.url("successReturnUrl", true, URL_LENGTH);
        String failureUrl = fields.url("failureReturnUrl", true, URL_LENGTH);
        String returnUrl = fields.url("returnUrl", false, URL_LENGTH);
        String notificationUrl = fields.url("notificationUrl", false, URL_LENGTH);
        String blikCode = blikCode(fields, method);
        Instant validTo = validTo(fields, now);
        Customer customer = customer(fields);
        InvoiceDetails invoice = invoice(body, fields, amount);
        fields.requireValid();
        NewPayment payment = new NewPayment(serviceId, PaymentSource.API, amount, currency, orderId,
                title == null ? "" : title, null, customer, null, null,
                new ReturnUrls(successUrl, failureUrl, returnUrl), notificationUrl, null, null, null, validTo);
        return new SaleRequest(payment, method, blikCode, invoice);
    }

    /**
     * imoje's {@code invoice} object, as JSON or packed as plugins send it (base64 of gzipped JSON); its positions are
     * checked against the amount once that is valid.
     */
    static @Nullable InvoiceDetails invoice(JsonBody body, BodyFields fields, @Nullable Long amount) {
        if (!fields.has("invoice") || amount == null) {
            return null;
        }
        JsonNode invoice = body.json().get("invoice");
        if (invoice.isString()) {
            try {
                invoice = InvoiceObject.unpack(invoice.stringValue());
            } catch (IllegalArgumentException unreadable) {
                fields.problem("invoice", "must be an object, or " + unreadable.getMessage());
                return null;
            }
            if (invoice == null) {
                return null;
            }
        }
        return InvoiceObject.read(invoice, amount, fields::problem);
    }

    /** imoje's order number: up to 100 of the characters its API allows; plugins may send it as an integer. */
    static @Nullable String orderId(BodyFields fields) {
        String orderId = fields.textOrInteger("orderId", true, 100);
        if (orderId != null && !ORDER_ID.matcher(orderId).matches()) {
            fields.problem("orderId", "may contain only letters, digits, spaces and #_-./");
            return null;
        }
        return orderId;
    }

    static @Nullable String currency(BodyFields fields) {
        String currency = fields.text("currency", true, 3);
        if (currency != null && !Money.CURRENCIES.contains(currency)) {
            fields.problem("currency", "must be one of " + String.join(", ", Currencies.ORDERED));
            return null;
        }
        return currency;
    }

    /** The catalogue's definition of paymentMethodCode, which must belong to the given paymentMethod. */
    private static @Nullable PaymentMethodDefinition method(BodyFields fields) {
        String paymentMethod = fields.text("paymentMethod", true, 30);
        String code = fields.text("paymentMethodCode", true, 30);
        if (paymentMethod != null && PaymentMethodCatalogue.all().stream()
                .noneMatch(definition -> definition.paymentMethod().equals(paymentMethod))) {
            fields.problem("paymentMethod", "is not a payment method Bramka offers");
            return null;
        }
        if (code == null) {
            return null;
        }
        Optional<PaymentMethodDefinition> definition = PaymentMethodCatalogue.byCode(code);
        if (definition.isEmpty()) {
            fields.problem("paymentMethodCode", "is not a payment method code Bramka offers");
            return null;
        }
        if (paymentMethod != null && !definition.get().paymentMethod().equals(paymentMethod)) {
            fields.problem("paymentMethodCode", "belongs to paymentMethod \"" + definition.get().paymentMethod()
                    + "\", not \"" + paymentMethod + "\"");
            return null;
        }
        return paymentMethod == null ? null : definition.get();
    }

    /**
     * An IPv4 or IPv6 address written out, recognised by its text alone (asking DNS is never needed). IPv6 may end in
     * dotted IPv4 ({@code ::ffff:192.0.2.1}, {@code 64:ff9b::192.0.2.33}), which the library checks as the IPv6 it
     * abbreviates; a zone ({@code %eth0}) names an interface of the payer's own host and means nothing here.
     */
    static boolean isAddressLiteral(String text) {
        if (InetAddressUtils.isIPv4(text)) {
            return true;
        }
        if (text.indexOf('%') >= 0) {
            return false;
        }
        int lastColon = text.lastIndexOf(':');
        boolean ipv4Tail = lastColon >= 0 && text.indexOf('.', lastColon) > lastColon;
        return ipv4Tail ? InetAddressUtils.isIPv4(text.substring(lastColon + 1))
                && InetAddressUtils.isIPv6(text.substring(0, lastColon + 1) + "0:0") : InetAddressUtils.isIPv6(text);
    }

    private static @Nullable String blikCode(BodyFields fields, @Nullable PaymentMethodDefinition method) {
        String clientIp = fields.text("clientIp", false, 45);
        if (clientIp != null && !isAddressLiteral(clientIp)) {
            fields.problem("clientIp", "must be an IPv4 or IPv6 address");
        }
        if (!fields.has("blikCode")) {
            return null;
        }
        String code = fields.text("blikCode", true, 6);
        if (code == null) {
            return null;
        }
        if (!BLIK_CODE.matcher(code).matches()) {
            fields.problem("blikCode", "must be exactly 6 digits");
            return null;
        }
        if (method != null && !method.code().equals("blik")) {
            fields.problem("blikCode", "may be sent only with paymentMethodCode \"blik\"");
            return null;
        }
        if (clientIp == null && !fields.hasProblem("clientIp")) {
            fields.problem("clientIp", "is required with blikCode");
            return null;
        }
        return code;
    }

    static @Nullable Instant validTo(BodyFields fields, Instant now) {
        Long validTo = fields.integer("validTo", false, Long.MIN_VALUE, Long.MAX_VALUE);
        if (validTo == null) {
            return null;
        }
        if (validTo <= now.getEpochSecond() || validTo > LAST_VALID_TO) {
            fields.problem("validTo", "must be a future time in unix seconds, or null");
            return null;
        }
        return Instant.ofEpochSecond(validTo);
    }

    static @Nullable Customer customer(BodyFields fields) {
        BodyFields customer = fields.object("customer", true);
        if (customer == null) {
            return null;
        }
        return new Customer(customer.text("firstName", true, 100), customer.text("lastName", true, 100),
                customer.email("email", true, 200), customer.text("phone", false, 20));
    }
}
