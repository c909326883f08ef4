package pl.bramka.branding;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.SignedInUser;

/** The "Personalizacja bramki" tab: the shop's logo and the colours of its payment page. */
@Controller
@RequestMapping("/shops/{serviceId}/branding")
class BrandingController {

    private final MerchantShops shops;
    private final ShopBrandColors colors;
    private final ShopLogos logos;
    private final BrandingChanges changes;
    private final ContrastWarnings warnings;
    private final MessageSource messages;

    BrandingController(MerchantShops shops, ShopBrandColors colors, ShopLogos logos, BrandingChanges changes,
            ContrastWarnings warnings, MessageSource messages) {
        this.shops = shops;
        this.colors = colors;
        this.logos = logos;
        this.changes = changes;
        this.warnings = warnings;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Locale locale,
            Model model) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        BrandColors saved = colors.of(user.merchantId(), serviceId);
        return page(user, shop, ColorsForm.showing(saved), saved, null, locale, model);
    }

    @PostMapping("/colors")
    String saveColors(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @RequestParam Map<String, String> typed, Locale locale, Model model, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        BrandColors saved = colors.of(user.merchantId(), serviceId);
        ColorsForm form = ColorsForm.submitted(typed::get, saved);
        if (form.hasErrors()) {
            model.addAttribute("colorErrors", true);
            return page(user, shop, form, form.colorsOr(saved), null, locale, model);
        }
        changes.saveColors(user.merchantId(), serviceId, form.colorsOr(saved), user.id());
        redirect.addFlashAttribute("success", "branding.colors.saved");
        return "redirect:" + BrandingUrls.tab(serviceId);
    }

    @GetMapping("/reset")
    String confirmReset(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("shop", shops.get(user.merchantId(), serviceId));
        return "branding/reset";
    }

    @PostMapping("/reset")
    String reset(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        changes.resetColors(user.merchantId(), serviceId, user.id());
        redirect.addFlashAttribute("success", "branding.colors.wereReset");
        return "redirect:" + BrandingUrls.tab(serviceId);
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId) {
        shops.get(user.merchantId(), serviceId);
        Optional<ShopLogo> logo = logos.find(user.merchantId(), serviceId);
        if (logo.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return logo.get().response(CacheControl.noCache().cachePrivate());
    }

    @PostMapping("/logo")
    String uploadLogo(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @RequestParam(name = "logo", required = false) @Nullable MultipartFile file, Locale locale, Model model,
            RedirectAttributes redirect) throws IOException {
        Shop shop = shops.get(user.merchantId(), serviceId);
        try {
            if (file == null || file.isEmpty()) {
                throw new LogoRejected("branding.logo.empty");
            }
            if (file.getSize() > LogoCheck.MAX_BYTES) {
                // Refused before the bytes are read into memory.
                throw LogoCheck.tooLarge(file.getSize());
            }
            changes.replaceLogo(user.merchantId(), serviceId, LogoCheck.check(file.getBytes()), user.id());
        } catch (LogoRejected rejected) {
            BrandColors saved = colors.of(user.merchantId(), serviceId);
            String reason = messages.getMessage(rejected.messageKey(), rejected.arguments(), locale);
            return page(user, shop, ColorsForm.showing(saved), saved, reason, locale, model);
        }
        redirect.addFlashAttribute("success", "branding.logo.saved");
        return "redirect:" + BrandingUrls.tab(serviceId);
    }

    @GetMapping("/logo/delete")
    String confirmRemoveLogo(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            Model model, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        Optional<ShopLogo> logo = logos.find(user.merchantId(), serviceId);
        if (logo.isEmpty()) {
            redirect.addFlashAttribute("failure", "branding.logo.none");
            return "redirect:" + BrandingUrls.tab(serviceId);
        }
        model.addAttribute("shop", shop);
        model.addAttribute("logoUrl", BrandingUrls.logo(serviceId, logo.get()));
        return "branding/logo-delete";
    }

    @PostMapping("/logo/delete")
    String removeLogo(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        boolean removed = changes.removeLogo(user.merchantId(), serviceId, user.id());
        redirect.addFlashAttribute(removed ? "success" : "failure", removed ? "branding.logo.removed"
                : "branding.logo.none");
        return "redirect:" + BrandingUrls.tab(serviceId);
    }

    private String page(SignedInUser user, Shop shop, ColorsForm form, BrandColors shown,
            @Nullable String logoError, Locale locale, Model model) {
        UUID serviceId = shop.serviceId();
        model.addAttribute("shop", shop);
        model.addAttribute("colors", form.fields());
        model.addAttribute("warnings", warnings.of(shown, locale));
        model.addAttribute("logoUrl", logos.find(user.merchantId(), serviceId)
                .map(logo -> BrandingUrls.logo(serviceId, logo)).orElse(null));
        model.addAttribute("logoError", logoError);
        model.addAttribute("maxLogoKb", LogoCheck.MAX_BYTES / 1024);
        model.addAttribute("maxLogoPixels", LogoCheck.MAX_DIMENSION);
        model.addAttribute("maxLogoBytes", LogoCheck.MAX_BYTES);
        model.addAttribute("previewBaseUrl", BrandingUrls.preview(serviceId));
        model.addAttribute("previewUrl", BrandingUrls.preview(serviceId, shown));
        model.addAttribute("contrastUrl", BrandingUrls.contrast(serviceId));
        return "branding/branding";
    }
}
