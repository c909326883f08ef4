package pl.bramka.link;

import org.springframework.stereotype.Component;
import pl.bramka.payment.PayerUrls;
import pl.bramka.shared.PublicUrl;

/** The public address a link's payer opens: its own page, or for an API link the payment page the API returned. */
@Component
class LinkAddresses {

    private final PublicUrl publicUrl;
    private final PaymentLinks links;

    LinkAddresses(PublicUrl publicUrl, PaymentLinks links) {
        this.publicUrl = publicUrl;
        this.links = links;
    }

    String of(Link link) {
        return link.code() != null ? publicUrl.of(pagePath(link.code()))
                : publicUrl.of(PayerUrls.paymentPage(links.singlePayment(link).id()));
    }

    static String pagePath(String code) {
        return "/l/" + code;
    }
}
