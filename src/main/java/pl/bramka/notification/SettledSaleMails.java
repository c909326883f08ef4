package pl.bramka.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.integration.NotificationSettings;
import pl.bramka.mail.Mailer;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionStatusChanged;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.Money;
import pl.bramka.shared.PublicUrl;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.ShopDirectory;

/**
 * E-mails the shop's notification addresses when a sale settles (the guide's "notyfikacje mailowe"). The outbox row
 * is written in the transaction of the change, so the e-mail is as durable as the webhook. The addresses are the
 * shop's, not users', so their language is unknown: each e-mail is in Polish, then in English.
 */
@Component
class SettledSaleMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ShopDirectory shops;
    private final NotificationSettings settings;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    SettledSaleMails(ShopDirectory shops, NotificationSettings settings, Mailer mailer, MessageSource messages,
            PublicUrl publicUrl) {
        this.shops = shops;
        this.settings = settings;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TransactionStatusChanged changed) {
        Transaction sale = changed.transaction();
        if (sale.type() != TransactionType.SALE || sale.status() != TransactionStatus.SETTLED
                || changed.previous() == TransactionStatus.SETTLED) {
            return;
        }
        var addresses = settings.emails(sale.serviceId());
        if (addresses.isEmpty()) {
            return;
        }
        String shopName = shops.find(sale.serviceId()).map(GatewayShop::name).orElse("");
        String subject = text("notification.mail.settled.subject", sale, shopName, POLISH) + " / "
                + text("notification.mail.settled.subject", sale, shopName, Locale.ENGLISH);
        String body = text("notification.mail.settled.body", sale, shopName, POLISH) + "\n\n---\n\n"
                + text("notification.mail.settled.body", sale, shopName, Locale.ENGLISH);
        addresses.forEach(address -> mailer.send(address, subject, body));
    }

    private String text(String key, Transaction sale, String shopName, Locale locale) {
        String method = PaymentMethodCatalogue.byCode(sale.paymentMethodCode()).map(PaymentMethodDefinition::name)
                .orElse(sale.paymentMethodCode());
        return messages.getMessage(key, new Object[] {sale.orderId(), new Money(sale.amount(), sale.currency())
                .format(locale), method, shopName, publicUrl.of("/transactions/" + sale.id()), sale.id()}, locale);
    }
}
