package pl.bramka.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.bramka.accounting.ExternalInvoice;
import pl.bramka.integration.InvoicingSettings;
import pl.bramka.integration.ShopInvoicing;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.DayRange;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;

/**
 * Gathers what an invoice says: the merchant as seller, the invoice object's buyer (or the payer), its positions
 * (or one line, the payment's title, at the shop's default rate), the payment. A correction repeats the corrected
 * invoice's lines with the refund spread over them in proportion, as negative differences.
 */
@Component
class InvoiceComposer {

    /** Thrown when an invoice cannot be made now (the merchant's legal data is missing, say); it is retried. */
    static class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    private final MerchantManagement merchants;
    private final Payments payments;
    private final PaymentInvoices requests;
    private final InvoicingSettings settings;

    InvoiceComposer(MerchantManagement merchants, Payments payments, PaymentInvoices requests,
            InvoicingSettings settings) {
        this.merchants = merchants;
        this.payments = payments;
        this.requests = requests;
        this.settings = settings;
    }

    InvoiceDocument compose(Invoice invoice, String number, LocalDate issueDate, Instant now,
            @Nullable Invoice corrected) {
        Merchant merchant = merchants.find(invoice.merchantId()).orElseThrow();
        if (merchant.nip() == null || merchant.address() == null || merchant.address().isBlank()) {
            throw new NotReady("The merchant's company data (NIP and address) is missing.");
        }
        Payment payment = payments.paymentOfMerchant(invoice.merchantId(), invoice.paymentId()).orElseThrow();
        Transaction transaction = payments.transactionOfMerchant(invoice.merchantId(), invoice.transactionId())
                .orElseThrow();
        InvoiceDetails details = requests.of(invoice.merchantId(), payment.id())
                .orElse(new InvoiceDetails(null, List.of()));
        ShopInvoicing shop = settings.of(invoice.serviceId());
        List<InvoiceDocument.Line> saleLines = saleLines(details, payment, shop);
        List<InvoiceDocument.Line> lines = corrected == null ? saleLines
                : differences(saleLines, -invoice.gross());
        InvoiceDocument.Corrected correctedData = corrected == null ? null : new InvoiceDocument.Corrected(
                corrected.number(), corrected.issueDate(), corrected.ksefNumber(), "Zwrot / Refund");
        LocalDate saleDate = LocalDate.ofInstant(transaction.modified(), DayRange.WARSAW);
        String method = PaymentMethodCatalogue.byCode(transaction.paymentMethodCode())
                .map(PaymentMethodDefinition::name).orElse(transaction.paymentMethod());
        return new InvoiceDocument(invoice.kind(), number, issueDate, saleDate, now, invoice.currency(),
                new InvoiceDocument.Seller(merchant.name(), merchant.nip(), merchant.address()),
                buyer(details.buyer(), payment), lines, paymentForm(transaction.paymentMethod()), method,
                shop.exemptionBasis(), correctedData, language(payment));
    }

    /** The sale as the external accounting service takes it: the same buyer and lines a built-in invoice has. */
    ExternalInvoice external(Transaction sale, Payment payment, Instant now) {
        InvoiceDetails details = requests.of(sale.merchantId(), payment.id())
                .orElse(new InvoiceDetails(null, List.of()));
        LocalDate today = LocalDate.ofInstant(now, DayRange.WARSAW);
        InvoiceDocument.Buyer buyer = buyer(details.buyer(), payment);
        String[] cityLine = buyer.addressLine2() == null ? new String[0] : buyer.addressLine2().split(" ", 2);
        InvoiceBuyer given = details.buyer();
        ExternalInvoice.Buyer externalBuyer = new ExternalInvoice.Buyer(buyer.email(), buyer.name(),
                buyer.addressLine1(), given != null ? given.city() : cityLine.length == 2 ? cityLine[1] : null,
                given != null ? given.postalCode() : cityLine.length == 2 ? cityLine[0] : null, buyer.countryCode(),
                given != null && "VAT_ID".equals(given.idType()) ? given.idNumber() : null,
                given != null && "VAT_ID".equals(given.idType()) ? given.idCountryCode() : null);
        List<ExternalInvoice.Position> positions = saleLines(details, payment, settings.of(sale.serviceId()))
                .stream().map(line -> new ExternalInvoice.Position(line.name(), line.code(), line.quantity(),
                        line.unit(), line.gross() - line.stake().vatOf(line.gross()), line.gross(),
                        line.stake().name())).toList();
        String description = payment.title().isBlank() ? payment.orderId() : payment.title();
        return new ExternalInvoice(today, LocalDate.ofInstant(sale.modified(), DayRange.WARSAW), description,
                sale.currency(), sale.amount(), sale.paymentMethod(), externalBuyer, positions);
    }

    private static List<InvoiceDocument.Line> saleLines(InvoiceDetails details, Payment payment, ShopInvoicing shop) {
        if (!details.positions().isEmpty()) {
            return details.positions().stream().map(position -> new InvoiceDocument.Line(position.name(),
                    position.code(), position.quantity(), position.unit(), position.grossAmount(),
                    position.taxStake())).toList();
        }
        String name = payment.title().isBlank() ? payment.orderId() : payment.title();
        return List.of(new InvoiceDocument.Line(name, null, BigDecimal.ONE, "szt.", payment.amount(),
                TaxStake.ofShopRate(shop.vatRate())));
    }

    /**
     * The refund spread over the sale's lines in proportion to their gross values, each rounded down and the
     * remaining minor units given to the first lines, so the differences add up to the refund exactly.
     */
    static List<InvoiceDocument.Line> differences(List<InvoiceDocument.Line> sale, long refund) {
        long saleTotal = sale.stream().mapToLong(InvoiceDocument.Line::gross).sum();
        long[] shares = new long[sale.size()];
        long given = 0;
        for (int i = 0; i < sale.size(); i++) {
            shares[i] = saleTotal == 0 ? 0 : sale.get(i).gross() * refund / saleTotal;
            given += shares[i];
        }
        for (int i = 0; given < refund && i < sale.size(); i++) {
            if (shares[i] < sale.get(i).gross()) {
                shares[i]++;
                given++;
            }
        }
        List<InvoiceDocument.Line> lines = new ArrayList<>();
        for (int i = 0; i < sale.size(); i++) {
            InvoiceDocument.Line line = sale.get(i);
            if (shares[i] > 0) {
                BigDecimal quantity = shares[i] == line.gross() ? line.quantity() : BigDecimal.ONE;
                lines.add(new InvoiceDocument.Line(line.name(), line.code(), quantity, line.unit(), -shares[i],
                        line.stake()));
            }
        }
        return lines;
    }

    private static InvoiceDocument.Buyer buyer(@Nullable InvoiceBuyer buyer, Payment payment) {
        if (buyer == null) {
            Map<String, String> billing = payment.billing() == null ? Map.of() : payment.billing();
            String name = payment.customer().fullName();
            return new InvoiceDocument.Buyer(name == null ? payment.customer().email() == null ? "—"
                    : payment.customer().email() : name, null, null, null, blankToNull(billing.get("street")),
                    cityLine(billing.get("postalCode"), billing.get("city")),
                    blankToNull(billing.get("countryCodeAlpha2")), payment.customer().email());
        }
        String nip = buyer.hasPolishNip() ? buyer.idNumber() : null;
        String foreignId = nip == null && "VAT_ID".equals(buyer.idType()) ? buyer.idNumber() : null;
        String email = buyer.email() != null ? buyer.email() : payment.customer().email();
        return new InvoiceDocument.Buyer(buyer.fullName(), nip, foreignId == null ? null : buyer.idCountryCode(),
                foreignId, buyer.street(), cityLine(buyer.postalCode(), buyer.city()), buyer.countryCode(), email);
    }

    private static @Nullable String cityLine(@Nullable String postalCode, @Nullable String city) {
        String line = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
        return line.isEmpty() ? null : line;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** FA(3)'s FormaPlatnosci: 2 card, 6 bank transfer, 7 mobile (BLIK, wallets); other methods are described. */
    private static @Nullable String paymentForm(String paymentMethod) {
        return switch (paymentMethod) {
            case "card" -> "2";
            case "pbl", "ing", "wt" -> "6";
            case "blik", "wallet", "visa_mobile" -> "7";
            default -> null;
        };
    }

    private static String language(Payment payment) {
        return payment.lang() != null && payment.lang().toLowerCase(Locale.ROOT).startsWith("en") ? "en"
                : "pl";
    }
}
