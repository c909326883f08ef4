package pl.bramka.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import pl.bramka.accounting.ExternalInvoiceStatus;
import pl.bramka.accounting.ExternalInvoicing;
import pl.bramka.shared.Money;

/**
 * What a transaction's page shows about invoices: the invoice object the shop sent, the invoices made (with their
 * KSeF state), and the external accounting service's status.
 */
@Service
public class TransactionInvoices {

    /** An invoice with its gross amount written for the page. */
    public record ShownInvoice(Invoice invoice, String gross) {
    }

    /** The shop's invoice object as sent, amounts written for the page. */
    public record ShownRequest(@Nullable InvoiceBuyer buyer, List<ShownPosition> positions) {
    }

    public record ShownPosition(String name, String quantity, String unit, String gross, String rate) {
    }

    private final InvoiceRepository invoices;
    private final PaymentInvoices requests;
    private final ExternalInvoicing external;

    TransactionInvoices(InvoiceRepository invoices, PaymentInvoices requests, ExternalInvoicing external) {
        this.invoices = invoices;
        this.requests = requests;
        this.external = external;
    }

    /** Where the sale's invoice stands in the external accounting service, when the shop uses one. */
    public Optional<ExternalInvoiceStatus> external(UUID merchantId, UUID transactionId) {
        return external.statusOf(merchantId, transactionId);
    }

    /** A sale's invoice followed by its corrections, or a refund's correction; empty when there is none. */
    public List<ShownInvoice> of(UUID merchantId, UUID transactionId, Locale locale) {
        List<Invoice> shown = new ArrayList<>();
        invoices.ofTransaction(merchantId, transactionId).ifPresent(invoice -> {
            shown.add(invoice);
            if (invoice.kind() == InvoiceKind.VAT) {
                shown.addAll(invoices.corrections(merchantId, invoice.id()));
            }
        });
        return shown.stream().map(invoice -> new ShownInvoice(invoice,
                Money.formatter(invoice.currency(), locale).apply(invoice.gross()))).toList();
    }

    /** The invoice object the shop sent with the payment, if it sent one. */
    public Optional<ShownRequest> requested(UUID merchantId, UUID paymentId, String currency, Locale locale) {
        LongFunction<String> money = Money.formatter(currency, locale);
        return requests.of(merchantId, paymentId).map(details -> new ShownRequest(details.buyer(),
                details.positions().stream().map(position -> new ShownPosition(position.name(),
                        position.quantity().toPlainString(), position.unit(), money.apply(position.grossAmount()),
                        position.taxStake().fa3Code())).toList()));
    }
}
