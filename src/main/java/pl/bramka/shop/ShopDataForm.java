package pl.bramka.shop;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable part of the shop data tab: what a new shop has, plus bank, category and payment activity. */
class ShopDataForm extends NewShopForm {

    @Size(max = 50, message = "{validation.tooLong}")
    private String iban = "";

    private String mcc = "";

    /** "none" for no limit, "seconds" for the value in {@link #activitySeconds}. */
    @Pattern(regexp = "none|seconds", message = "{validation.required}")
    private String activity = "none";

    @Size(max = 10, message = "{validation.tooLong}")
    private String activitySeconds = "";

    /** Asked for only when the IBAN changes; never shown back. */
    private String password = "";

    static ShopDataForm of(Shop shop) {
        ShopDataForm form = new ShopDataForm();
        form.setName(shop.name());
        form.setWebsite(shop.website());
        form.iban = shop.iban() == null ? "" : Iban.grouped(shop.iban());
        form.mcc = shop.mcc() == null ? "" : shop.mcc();
        form.activity = shop.paymentActivitySeconds() == null ? "none" : "seconds";
        form.activitySeconds = shop.paymentActivitySeconds() == null ? "" : shop.paymentActivitySeconds().toString();
        return form;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getMcc() {
        return mcc;
    }

    public void setMcc(String mcc) {
        this.mcc = mcc;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getActivitySeconds() {
        return activitySeconds;
    }

    public void setActivitySeconds(String activitySeconds) {
        this.activitySeconds = activitySeconds;
    }
}
