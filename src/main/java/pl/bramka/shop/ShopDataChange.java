package pl.bramka.shop;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Validates and applies an edit of the shop data tab, recording the old and new value of each changed field. */
@Service
class ShopDataChange {

    static final int MIN_ACTIVITY_SECONDS = 60;
    static final int MAX_ACTIVITY_SECONDS = 400 * 24 * 3600;

    private final Shops shops;
    private final ShopChanges changes;
    private final MerchantCategoryCodes mccs;

    ShopDataChange(Shops shops, ShopChanges changes, MerchantCategoryCodes mccs) {
        this.shops = shops;
        this.changes = changes;
        this.mccs = mccs;
    }

    /** Adds field errors for what Bean Validation cannot check: IBAN, MCC and payment activity. */
    void validate(ShopDataForm form, Errors errors) {
        String iban = Iban.normalize(form.getIban());
        if (!iban.isEmpty() && !errors.hasFieldErrors("iban")) {
            String problem = Iban.problemWith(iban);
            if (problem != null) {
                errors.rejectValue("iban", problem);
            }
        }
        if (!form.getMcc().isEmpty() && !mccs.isKnown(form.getMcc())) {
            errors.rejectValue("mcc", "shop.mcc.unknown");
        }
        if (form.getActivity().equals("seconds") && activitySeconds(form) == null) {
            errors.rejectValue("activitySeconds", "shop.activity.range");
        }
    }

    @Transactional
    void apply(UUID merchantId, UUID serviceId, ShopDataForm form, UUID actorId) {
        Shop before = shops.lock(merchantId, serviceId);
        String iban = Iban.normalize(form.getIban());
        Shop after = new Shop(serviceId, merchantId, form.getName().trim(), form.getWebsite().trim(),
                before.status(), iban.isEmpty() ? null : iban, form.getMcc().isEmpty() ? null : form.getMcc(),
                form.getActivity().equals("seconds") ? activitySeconds(form) : null, before.notificationUrl(),
                before.createdAt(), before.modifiedAt());
        boolean changed = changes.record(serviceId, "name", before.name(), after.name(), actorId)
                | changes.record(serviceId, "website", before.website(), after.website(), actorId)
                | changes.record(serviceId, "iban", before.iban(), after.iban(), actorId)
                | changes.record(serviceId, "mcc", before.mcc(), after.mcc(), actorId)
                | changes.record(serviceId, "paymentActivity", before.paymentActivitySeconds(),
                        after.paymentActivitySeconds(), actorId);
        if (changed) {
            shops.updateData(serviceId, after.name(), after.website(), after.iban(), after.mcc(),
                    after.paymentActivitySeconds());
        }
    }

    private static Integer activitySeconds(ShopDataForm form) {
        String value = form.getActivitySeconds().trim();
        if (!value.matches("\\d{1,9}")) {
            return null;
        }
        int seconds = Integer.parseInt(value);
        return seconds >= MIN_ACTIVITY_SECONDS && seconds <= MAX_ACTIVITY_SECONDS ? seconds : null;
    }
}
