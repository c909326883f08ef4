package pl.bramka.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** First and last name, as every form about a person asks for them. */
abstract class PersonNameForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String lastName;

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
}
