package pl.bramka.branding;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.SignedInUser;

/**
 * The live preview of the branding tab. Each route takes the colours being typed as query parameters
 * ({@code ?buttons=%23aabbcc}); a missing or invalid one falls back to the saved colour, so an unfinished value
 * never breaks the preview.
 */
@Controller
@RequestMapping("/shops/{serviceId}/branding")
class BrandingPreviewController {

    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    private final MerchantShops shops;
    private final ShopBrandColors colors;
    private final ShopLogos logos;
    private final ContrastWarnings warnings;
    private final MessageSource messages;

    BrandingPreviewController(MerchantShops shops, ShopBrandColors colors, ShopLogos logos, ContrastWarnings warnings,
            MessageSource messages) {
        this.shops = shops;
        this.colors = colors;
        this.logos = logos;
        this.warnings = warnings;
        this.messages = messages;
    }

    /**
     * The real payment page template with sample data. The security configuration lets only this route be framed,
     * and only by the panel itself.
     */
    @GetMapping("/preview")
    String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @RequestParam Map<String, String> typed, Locale locale, Model model) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        BrandColors shown = colors.of(user.merchantId(), serviceId).overriddenBy(typed::get);
        String logoUrl = logos.find(user.merchantId(), serviceId).map(logo -> BrandingUrls.logo(serviceId, logo))
                .orElse(null);
        model.addAttribute("page", PaymentPageModel.sample(shop.name(), logoUrl, BrandingUrls.theme(serviceId, shown),
                messages.getMessage("checkout.sample.description", null, locale)));
        return "checkout/payment-page";
    }

    /** The colours as CSS custom properties: the only way to set them under a policy without inline styles. */
    @GetMapping("/theme.css")
    ResponseEntity<String> theme(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @RequestParam Map<String, String> typed) {
        shops.get(user.merchantId(), serviceId);
        BrandColors shown = colors.of(user.merchantId(), serviceId).overriddenBy(typed::get);
        return ResponseEntity.ok().contentType(CSS).body(shown.stylesheet());
    }

    /** The contrast warnings for the colours being typed, as the fragment the tab shows; scripts swap it in. */
    @GetMapping("/contrast")
    String contrast(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @RequestParam Map<String, String> typed, Locale locale, Model model) {
        shops.get(user.merchantId(), serviceId);
        BrandColors shown = colors.of(user.merchantId(), serviceId).overriddenBy(typed::get);
        model.addAttribute("warnings", warnings.of(shown, locale));
        return "branding/branding :: contrastWarnings";
    }
}
