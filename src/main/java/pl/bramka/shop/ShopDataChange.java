package pl.bramka.shop;

import java.util.Objects;
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
    private final IbanChanges ibanChanges;

    ShopDataChange(Shops shops, ShopChanges changes, MerchantCategoryCodes mccs, IbanChanges ibanChanges) {
        this.shops = shops;
        this.changes = changes;
        this.mccs = mccs;
        this.ibanChanges = ibanChanges;
    }

    /** Whether the form asks for another IBAN than the one in force: a change that needs the password again. */
    boolean changesIban(Shop shop, ShopDataForm form) {
        String iban = Iban.normalize(form.getIban());
        return !Objects.equals(shop.iban(), iban.isEmpty() ? null : iban);
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

    /**
     * Applies the form; a new IBAN is not applied but asked for ({@link IbanChanges}), and the IBAN in force stays
     * until the change is confirmed. Returns whether an IBAN change was asked for.
     */
    @Transactional
    boolean apply(UUID merchantId, UUID serviceId, ShopDataForm form, UUID actorId) {
        Shop before = shops.lock(merchantId, serviceId);
        String iban = Iban.normalize(form.getIban());
        Shop after = new Shop(serviceId, merchantId, form.getName().trim(), form.getWebsite().trim(),
                before.status(), iban.isEmpty() ? null : iban, form.getMcc().isEmpty() ? null : form.getMcc(),
                form.getActivity().equals("seconds") ? activitySeconds(form) : null, before.notificationUrl(),
                before.createdAt(), before.modifiedAt());
        boolean ibanRequested = !Objects.equals(before.iban(), after.iban());
        if (ibanRequested) {
            ibanChanges.request(before, after.iban(), actorId);
        }
        boolean changed = changes.record(serviceId, "name", before.name(), after.name(), actorId)
                | changes.record(serviceId, "website", before.website(), after.website(), actorId)
                | changes.record(serviceId, "mcc", before.mcc(), after.mcc(), actorId)
                | changes.record(serviceId, "paymentActivity", before.paymentActivitySeconds(),
                        after.paymentActivitySeconds(), actorId);
        if (changed) {
            shops.updateData(serviceId, after.name(), after.website(), before.iban(), after.mcc(),
                    after.paymentActivitySeconds());
        }
        return ibanRequested;
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
