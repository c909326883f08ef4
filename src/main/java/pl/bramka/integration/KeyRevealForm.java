package pl.bramka.integration;

/** The user's own password, typed again to see the shop key. */
class KeyRevealForm {

    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
