package pl.bramka.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.bramka.shared.EmailAddress;

/** Onboarding a merchant: its company data and its first Representative, who is invited by e-mail. */
class OnboardingForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String companyName = "";

    /** Checked (checksum) by the controller, which knows NIP's rules through the merchant module. */
    @NotBlank(message = "{validation.required}")
    private String nip = "";

    private String regon = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String address = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String firstName = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String lastName = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
    @Pattern(regexp = "|" + EmailAddress.PATTERN, message = "{validation.email}")
    private String email = "";

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getRegon() {
        return regon;
    }

    public void setRegon(String regon) {
        this.regon = regon;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
