package pl.bramka;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/** Creates merchants with one active user per role, each with unique e-mail addresses. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final MerchantManagement merchants;
    private final UserManagement users;

    Fixtures(MerchantManagement merchants, UserManagement users) {
        this.merchants = merchants;
        this.users = users;
    }

    public record TestMerchant(UUID id, Map<Role, String> emails) {

        public String email(Role role) {
            return emails.get(role);
        }
    }

    public TestMerchant merchantWithAllRoles() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID merchantId = merchants.register("Sklep " + suffix);
        Map<Role, String> emails = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase().replace('_', '-') + "-" + suffix + "@example.com";
            users.createActiveUser(merchantId, email, "Jan", role.name().charAt(0) + role.name().substring(1)
                    .toLowerCase().replace('_', ' '), role, PASSWORD);
            emails.put(role, email);
        }
        return new TestMerchant(merchantId, emails);
    }

    public SignedInUser signedIn(String email) {
        return users.findForSignIn(email).orElseThrow();
    }
}
