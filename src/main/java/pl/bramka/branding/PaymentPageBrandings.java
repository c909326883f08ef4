package pl.bramka.branding;

import java.util.UUID;

import org.springframework.stereotype.Service;

/** How a shop's payment pages look to its payers: its logo and its colours. */
@Service
public class PaymentPageBrandings {

    private final ShopLogos logos;
    private final ShopBrandColors colors;

    PaymentPageBrandings(ShopLogos logos, ShopBrandColors colors) {
        this.logos = logos;
        this.colors = colors;
    }

    public PaymentPageBranding forShop(UUID merchantId, UUID serviceId) {
        String logoUrl = logos.find(merchantId, serviceId).map(logo -> PayerBrandingUrls.logo(serviceId, logo))
                .orElse(null);
        return new PaymentPageBranding(logoUrl, PayerBrandingUrls.theme(serviceId, colors.of(merchantId, serviceId)));
    }
}
