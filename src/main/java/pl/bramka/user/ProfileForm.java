package pl.bramka.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

class ProfileForm extends PersonNameForm {

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = "pl|en", message = "{validation.required}")
    private String language;

    @NotNull(message = "{validation.required}")
    private OrdersView ordersView;

    static ProfileForm of(UserAccount user) {
        ProfileForm form = new ProfileForm();
        form.setFirstName(user.firstName());
        form.setLastName(user.lastName());
        form.language = user.language();
        form.ordersView = user.ordersView();
        return form;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public OrdersView getOrdersView() {
        return ordersView;
    }

    public void setOrdersView(OrdersView ordersView) {
        this.ordersView = ordersView;
    }
}
