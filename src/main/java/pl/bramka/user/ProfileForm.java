package pl.bramka.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class ProfileForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String lastName;

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = "pl|en", message = "{validation.required}")
    private String language;

    @NotNull(message = "{validation.required}")
    private OrdersView ordersView;

    static ProfileForm of(UserAccount user) {
        ProfileForm form = new ProfileForm();
        form.firstName = user.firstName();
        form.lastName = user.lastName();
        form.language = user.language();
        form.ordersView = user.ordersView();
        return form;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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
