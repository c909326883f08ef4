package pl.bramka.branding;

import java.util.UUID;

import pl.bramka.shared.Tokens;

/**
 * Public addresses of a shop's logo and colours for payer-facing pages. Each carries a version that changes with
 * the content, so the files can be cached for long and a change still shows at once.
 */
final class PayerBrandingUrls {

    static final String BASE = "/pay/shop/{serviceId}";

    private PayerBrandingUrls() {
    }

    static String logo(UUID serviceId, ShopLogo logo) {
        return "/pay/shop/" + serviceId + "/logo?v=" + logo.version();
    }

    static String theme(UUID serviceId, BrandColors colors) {
        return "/pay/shop/" + serviceId + "/theme.css?v=" + Tokens.sha256Hex(colors.stylesheet()).substring(0, 12);
    }
}
