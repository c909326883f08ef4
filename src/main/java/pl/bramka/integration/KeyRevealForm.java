package pl.bramka.integration;

/** The user's own password, typed again to see the shop key. */
class KeyRevealForm {

    private String password = "";

    /** The authenticator's code, asked for when the user has two-factor sign-in. */
    private String code = "";

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
