package pl.bramka.user;

/** A new password typed twice; for a change of one's own password, also the current one. */
class PasswordForm {

    private String currentPassword = "";
    private String password = "";
    private String confirmation = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    /** Adds the field error of a new password that breaks the rules; true when there was one. */
    boolean rejectWeakPassword(org.springframework.validation.Errors errors) {
        String problem = Passwords.problemWith(password, confirmation);
        if (problem == null) {
            return false;
        }
        errors.rejectValue(problem.equals("password.mismatch") ? "confirmation" : "password", problem);
        return true;
    }
}
