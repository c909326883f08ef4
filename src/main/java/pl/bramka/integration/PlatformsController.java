package pl.bramka.integration;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shared.PublicUrl;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.AsksForSecondFactor;
import pl.bramka.user.SignedInUser;

/**
 * Switching a shop's platform to Bramka: numbered steps per platform with this shop's values, the key behind the
 * same password check as on the integration tab, and the companions that point imoje's plugins at Bramka.
 */
@Controller
@AsksForSecondFactor
@RequestMapping("/shops/{serviceId}/integration/platforms")
class PlatformsController {

    private final MerchantShops shops;
    private final MerchantManagement merchants;
    private final KeyReveal keyReveal;
    private final PlatformCompanions companions;
    private final PublicUrl publicUrl;

    PlatformsController(MerchantShops shops, MerchantManagement merchants, KeyReveal keyReveal,
            PlatformCompanions companions, PublicUrl publicUrl) {
        this.shops = shops;
        this.merchants = merchants;
        this.keyReveal = keyReveal;
        this.companions = companions;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("revealForm", new KeyRevealForm());
        return page(user, shops.get(user.merchantId(), serviceId), model);
    }

    /** Shows the key in this response only, as the integration tab does. */
    @PostMapping("/key/reveal")
    String reveal(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("revealForm") KeyRevealForm form, BindingResult errors, Model model,
            HttpServletRequest request) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        keyReveal.reveal(user, shop, form, errors, request.getRemoteAddr(), model);
        return page(user, shop, model);
    }

    @GetMapping("/" + PlatformCompanions.WOOCOMMERCE_FILE)
    ResponseEntity<byte[]> woocommerce(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId) {
        shops.get(user.merchantId(), serviceId);
        return download(companions.woocommerce(), PlatformCompanions.WOOCOMMERCE_FILE,
                MediaType.parseMediaType("application/x-php"));
    }

    @GetMapping("/" + PlatformCompanions.PRESTASHOP_FILE)
    ResponseEntity<byte[]> prestashop(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId) {
        shops.get(user.merchantId(), serviceId);
        return download(companions.prestashop(), PlatformCompanions.PRESTASHOP_FILE,
                MediaType.parseMediaType("application/zip"));
    }

    private String page(SignedInUser user, Shop shop, Model model) {
        model.addAttribute("shop", shop);
        model.addAttribute("clientId", merchants.publicIdOf(user.merchantId()));
        model.addAttribute("apiBase", publicUrl.of("/v1"));
        model.addAttribute("paywallUrl", publicUrl.of("/payment"));
        model.addAttribute("bitbagApiUrl", publicUrl.of("/v1/merchant"));
        model.addAttribute("restExample", publicUrl.of("/v1/merchant/" + model.getAttribute("clientId")
                + "/service/" + shop.serviceId()));
        model.addAttribute("syliusOverride", PlatformSnippets.syliusPaywallOverride(publicUrl.of("/payment")));
        model.addAttribute("laravelMiddleware", PlatformSnippets.laravelMiddleware(publicUrl.of("")));
        return "integration/platforms";
    }

    private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }
}
