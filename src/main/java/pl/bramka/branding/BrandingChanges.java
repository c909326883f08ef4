package pl.bramka.branding;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.Tokens;
import pl.bramka.shop.MerchantShops;

/**
 * Changes of a shop's branding, each recorded in the shop's change history. The shop row is locked first, so
 * concurrent edits are applied one after the other and the history stays consistent with what is stored.
 */
@Service
class BrandingChanges {

    private final MerchantShops shops;
    private final ShopBrandColors colors;
    private final ShopLogos logos;
    private final Clock clock;

    BrandingChanges(MerchantShops shops, ShopBrandColors colors, ShopLogos logos, Clock clock) {
        this.shops = shops;
        this.colors = colors;
        this.logos = logos;
        this.clock = clock;
    }

    @Transactional
    void saveColors(UUID merchantId, UUID serviceId, BrandColors after, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        BrandColors before = colors.of(merchantId, serviceId);
        for (BrandColor color : BrandColor.values()) {
            if (shops.recordChange(serviceId, color.historyField(), before.get(color), after.get(color), actorId)) {
                colors.set(serviceId, color, after.get(color));
            }
        }
    }

    @Transactional
    void resetColors(UUID merchantId, UUID serviceId, UUID actorId) {
        saveColors(merchantId, serviceId, BrandColors.defaults(), actorId);
    }

    @Transactional
    void replaceLogo(UUID merchantId, UUID serviceId, LogoCheck.CheckedLogo logo, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        Optional<ShopLogo> before = logos.find(merchantId, serviceId);
        ShopLogo after = new ShopLogo(logo.type(), logo.content(), Tokens.sha256Hex(logo.content()),
                clock.instant());
        shops.recordChange(serviceId, "logo", before.map(ShopLogo::describe).orElse(null), after.describe(), actorId);
        logos.save(serviceId, logo.type(), logo.content(), after.sha256(), actorId);
    }

    /** Returns whether there was a logo to remove. */
    @Transactional
    boolean removeLogo(UUID merchantId, UUID serviceId, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        Optional<ShopLogo> before = logos.find(merchantId, serviceId);
        if (before.isEmpty()) {
            return false;
        }
        shops.recordChange(serviceId, "logo", before.get().describe(), null, actorId);
        logos.delete(serviceId);
        return true;
    }

}
