package pl.bramka.ksef;

import org.springframework.validation.Errors;

/**
 * A new KSeF token and the user's password (and code, with two-factor sign-in): the token lets Bramka issue invoices
 * in the merchant's name, so replacing it is a sensitive change.
 */
class KsefTokenForm {

    static final int MIN_LENGTH = 20;
    static final int MAX_LENGTH = 500;

    private String ksefToken = "";
    private String tokenPassword = "";
    private String tokenCode = "";

    void validate(Errors errors) {
        String token = trimmed();
        if (token.isEmpty()) {
            errors.rejectValue("ksefToken", "validation.required");
        } else if (token.length() < MIN_LENGTH || token.length() > MAX_LENGTH) {
            errors.rejectValue("ksefToken", "ksef.token.length", new Object[] {MIN_LENGTH, MAX_LENGTH}, null);
        } else if (!token.matches("[\\x21-\\x7E]+")) {
            errors.rejectValue("ksefToken", "ksef.token.characters");
        }
    }

    /** Surrounding spaces come from copying and pasting, never from the token. */
    String trimmed() {
        return ksefToken == null ? "" : ksefToken.trim();
    }

    /** Nothing typed is ever shown back: the page after an error asks for all three again. */
    void forget() {
        ksefToken = "";
        tokenPassword = "";
        tokenCode = "";
    }

    public String getKsefToken() {
        return ksefToken;
    }

    public void setKsefToken(String ksefToken) {
        this.ksefToken = ksefToken;
    }

    public String getTokenPassword() {
        return tokenPassword;
    }

    public void setTokenPassword(String tokenPassword) {
        this.tokenPassword = tokenPassword;
    }

    public String getTokenCode() {
        return tokenCode;
    }

    public void setTokenCode(String tokenCode) {
        this.tokenCode = tokenCode;
    }
}
