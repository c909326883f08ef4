package pl.bramka.transaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.bramka.invoice.TransactionInvoices;
import pl.bramka.notification.NotificationLog;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionRow;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionType;
import pl.bramka.payout.PayoutLookup;
import pl.bramka.refund.RefundSummaries;
import pl.bramka.shop.GatewayShop;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;

/**
 * One transaction: its data, payer, timeline, the notifications the shop was sent about it with every attempt, and
 * for a sale its refunds, with what the refund module says about them (what remains, requests, the button).
 */
@Controller
class TransactionDetailsController {

    private final MerchantTransactions transactions;
    private final Payments payments;
    private final TransactionViews views;
    private final RefundSummaries refunds;
    private final NotificationLog notificationLog;
    private final PayoutLookup payouts;
    private final TransactionInvoices invoices;

    TransactionDetailsController(MerchantTransactions transactions, Payments payments, TransactionViews views,
            RefundSummaries refunds, NotificationLog notificationLog, PayoutLookup payouts,
            TransactionInvoices invoices) {
        this.transactions = transactions;
        this.payments = payments;
        this.views = views;
        this.refunds = refunds;
        this.notificationLog = notificationLog;
        this.payouts = payouts;
        this.invoices = invoices;
    }

    @GetMapping("/transactions/{id}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Locale locale, Model model) {
        Transaction transaction = transactions.get(user, id);
        Payment payment = payments.paymentOfMerchant(user.merchantId(), transaction.paymentId()).orElseThrow();
        Map<UUID, GatewayShop> shops = views.shopsOf(user.merchantId());
        GatewayShop shop = shops.get(transaction.serviceId());
        model.addAttribute("tx", transaction);
        model.addAttribute("status", PanelStatus.of(transaction.status()));
        model.addAttribute("amount", TransactionViews.amount(transaction.amount(), transaction.currency(), locale));
        model.addAttribute("commission", transaction.commission() == null ? null
                : TransactionViews.amount(transaction.commission(), transaction.currency(), locale));
        model.addAttribute("method", TransactionViews.methodName(transaction));
        model.addAttribute("bank", "pbl".equals(transaction.paymentMethod()) ? TransactionViews.methodName(transaction)
                : null);
        model.addAttribute("shopName", shop == null ? "" : shop.name());
        model.addAttribute("payer", payment.customer());
        model.addAttribute("address", TransactionViews.addressLines(payment.billing()));
        model.addAttribute("timeline", payments.timeline(transaction));
        model.addAttribute("settled", transaction.status() == TransactionStatus.SETTLED);
        model.addAttribute("payout", user.can(Permission.VIEW_REPORTS)
                ? payouts.payoutOf(user.merchantId(), transaction.id()).orElse(null) : null);
        model.addAttribute("invoices", invoices.of(user.merchantId(), transaction.id(), locale));
        model.addAttribute("externalInvoice", invoices.external(user.merchantId(), transaction.id()).orElse(null));
        model.addAttribute("invoiceRequest", invoices.requested(user.merchantId(), payment.id(),
                transaction.currency(), locale).orElse(null));
        model.addAttribute("notifications", notificationLog.ofTransaction(user.merchantId(), transaction.id()));
        if (transaction.type() == TransactionType.SALE) {
            List<TransactionRow> made = payments.refundsOf(transaction).stream()
                    .map(refund -> new TransactionRow(refund, null, null)).toList();
            model.addAttribute("refunds", views.listed(made, shops, locale));
            model.addAttribute("refundSummary", refunds.of(user, transaction, locale));
        } else {
            model.addAttribute("sale", payments.transactionOfMerchant(user.merchantId(), transaction.saleId())
                    .orElseThrow());
        }
        return "transaction/details";
    }
}
