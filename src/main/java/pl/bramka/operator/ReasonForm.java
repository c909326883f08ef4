package pl.bramka.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the operator blocks a merchant or a shop; the merchant's panel shows it. */
class ReasonForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
