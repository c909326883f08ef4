package pl.bramka.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.bramka.shared.EmailAddress;

class NewUserForm extends PersonNameForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
    @Pattern(regexp = "|" + EmailAddress.PATTERN, message = "{validation.email}")
    private String email;

    @Pattern(regexp = "|\\+?[0-9][0-9 ()-]{6,19}", message = "{validation.phone}")
    private String phone = "";

    @NotNull(message = "{validation.required}")
    private Role role;

    @Pattern(regexp = "pl|en", message = "{validation.required}")
    private String language = "pl";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
