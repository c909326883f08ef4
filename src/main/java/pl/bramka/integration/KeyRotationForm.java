package pl.bramka.integration;

import org.springframework.validation.Errors;

/** Replacing the shop key: how long the old key keeps verifying signatures, and the user's password. */
class KeyRotationForm {

    static final int DEFAULT_OVERLAP_HOURS = 24;
    static final int MAX_OVERLAP_HOURS = 72;

    /** Text, not a number, so "abc" gets the same clear message as "100" instead of a conversion error. */
    private String overlapHours = String.valueOf(DEFAULT_OVERLAP_HOURS);

    private String password = "";

    /** The authenticator's code, asked for when the user has two-factor sign-in. */
    private String code = "";

    void validate(Errors errors) {
        if (overlap() < 0) {
            errors.rejectValue("overlapHours", "integration.rotate.overlap.range",
                    new Object[] {MAX_OVERLAP_HOURS}, null);
        }
    }

    /** The overlap in hours, or -1 when the text is not a whole number from 0 to the maximum. */
    int overlap() {
        String value = overlapHours == null ? "" : overlapHours.trim();
        if (!value.matches("\\d{1,2}")) {
            return -1;
        }
        int hours = Integer.parseInt(value);
        return hours <= MAX_OVERLAP_HOURS ? hours : -1;
    }

    public String getOverlapHours() {
        return overlapHours;
    }

    public void setOverlapHours(String overlapHours) {
        this.overlapHours = overlapHours;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
