package pl.bramka.integration;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;

/** A new API token: its name, which tells the tokens apart in the list, its scopes and the user's password. */
class ApiTokenForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String tokenName = "";

    /** Reading and creating are offered checked; refunds must be chosen on purpose. */
    private Set<ApiScope> scopes = EnumSet.of(ApiScope.READ_TRANSACTIONS, ApiScope.CREATE_TRANSACTIONS);

    private String tokenPassword = "";

    /**
     * At least one scope, and the refund scope only for a Representative: of the users who reach the integration tab,
     * only they may refund.
     */
    void validate(SignedInUser user, Errors errors) {
        if (scopes == null || scopes.isEmpty()) {
            errors.rejectValue("scopes", "integration.token.scopes.required");
        } else if (scopes.contains(ApiScope.REFUND) && !mayGrantRefunds(user)) {
            errors.rejectValue("scopes", "integration.token.scopes.refundNotAllowed");
        }
    }

    static boolean mayGrantRefunds(SignedInUser user) {
        return user.can(Permission.REFUND);
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Set<ApiScope> getScopes() {
        return scopes;
    }

    public void setScopes(Set<ApiScope> scopes) {
        this.scopes = scopes;
    }

    public String getTokenPassword() {
        return tokenPassword;
    }

    public void setTokenPassword(String tokenPassword) {
        this.tokenPassword = tokenPassword;
    }
}
