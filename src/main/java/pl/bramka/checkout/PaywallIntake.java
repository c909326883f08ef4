package pl.bramka.checkout;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.invoice.PaymentInvoices;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentRefused;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * Turns a shop's paywall form into an open payment: the form read and checked against imoje's rules, the shop
 * looked up, the signature verified with the shop's current or still-overlapping rotated key. A refused form
 * writes nothing.
 */
@Component
class PaywallIntake {

    /** Either the payment the form opened, or every reason it was refused. */
    sealed interface Result {
    }

    record Opened(Payment payment) implements Result {
    }

    record Refused(List<PaywallProblem> problems) implements Result {
    }

    private final ShopDirectory shops;
    private final ShopCredentials credentials;
    private final Payments payments;
    private final Clock clock;
    private final PaymentInvoices invoices;
    private final TransactionTemplate transactions;

    PaywallIntake(ShopDirectory shops, ShopCredentials credentials, Payments payments, Clock clock,
            PaymentInvoices invoices, TransactionTemplate transactions) {
        this.shops = shops;
        this.credentials = credentials;
        this.payments = payments;
        this.clock = clock;
        this.invoices = invoices;
        this.transactions = transactions;
    }

    /**
     * @param parameters the form as the servlet container read it (posted body or query string)
     * @param pathLanguage the language of {@code /{lang}/payment}, used when the form has no {@code lang} field
     */
    Result open(Map<String, String[]> parameters, @Nullable String pathLanguage) {
        PaywallOutcome<PaywallFields> read = PaywallFields.read(parameters);
        if (read instanceof PaywallOutcome.Refused<PaywallFields> refused) {
            return refusal(refused.errors());
        }
        PaywallFields fields = ((PaywallOutcome.Accepted<PaywallFields>) read).value();
        PaywallOutcome<PaywallRequest> validated = PaywallRequestValidator.validate(fields.signed(), clock);
        if (validated instanceof PaywallOutcome.Refused<PaywallRequest> refused) {
            return refusal(refused.errors());
        }
        PaywallRequest request = ((PaywallOutcome.Accepted<PaywallRequest>) validated).value();
        Optional<PaywallProblem> problem = shopProblem(request, fields);
        if (problem.isPresent()) {
            return new Refused(List.of(problem.get()));
        }
        PaywallInvoice invoice = PaywallInvoice.read(request.extras().get("invoice"), request.amount().minor());
        if (!invoice.problems().isEmpty()) {
            return new Refused(invoice.problems());
        }
        try {
            return new Opened(transactions.execute(status -> {
                Payment payment = payments.open(newPayment(request, pathLanguage));
                if (invoice.details() != null) {
                    invoices.attach(payment.merchantId(), payment.id(), invoice.details());
                }
                return payment;
            }));
        } catch (PaymentRefused shopStoppedMeanwhile) {
            return new Refused(List.of(inactive(request)));
        }
    }

    /** The shop must exist, be the merchant's, have signed the form, and take payments; checked in that order. */
    private Optional<PaywallProblem> shopProblem(PaywallRequest request, PaywallFields fields) {
        Optional<GatewayShop> found = shops.find(request.serviceId());
        if (found.isEmpty()) {
            return Optional.of(PaywallProblem.shop("serviceId", "unknown-shop", request.serviceId().toString()));
        }
        GatewayShop shop = found.get();
        if (!shop.merchantPublicId().equals(request.merchantId())) {
            return Optional.of(PaywallProblem.shop("merchantId", "merchant-mismatch", request.merchantId()));
        }
        PaywallSignature.Verdict verdict = PaywallSignature.verify(fields.signed(), fields.signature(),
                credentials.verifyingKeys(shop.serviceId()));
        if (!verdict.valid()) {
            return Optional.of(PaywallProblem.signature(verdict));
        }
        return shop.acceptsPayments() ? Optional.empty() : Optional.of(inactive(request));
    }

    private static PaywallProblem inactive(PaywallRequest request) {
        return PaywallProblem.shop("serviceId", "shop-inactive", request.serviceId().toString());
    }

    private static NewPayment newPayment(PaywallRequest request, @Nullable String pathLanguage) {
        String language = request.lang() != null ? request.lang()
                : "ua".equals(pathLanguage) ? "uk" : pathLanguage;
        return new NewPayment(request.serviceId(), PaymentSource.WEB, request.amount().minor(),
                request.amount().currency(), request.orderId(),
                request.orderDescription() == null ? "" : request.orderDescription(), request.additionalDescription(),
                new Customer(request.customerFirstName(), request.customerLastName(), request.customerEmail(),
                        request.customerPhone()),
                request.billing().isEmpty() ? null : request.billing(),
                request.shipping().isEmpty() ? null : request.shipping(),
                new ReturnUrls(request.urlSuccess(), request.urlFailure(), request.urlReturn()),
                request.urlNotification(), request.visibleMethods().isEmpty() ? null : request.visibleMethods(),
                request.preselectMethodCode(), language, request.validTo());
    }

    private static Refused refusal(List<PaywallFieldError> errors) {
        return new Refused(errors.stream().map(PaywallProblem::of).toList());
    }
}
