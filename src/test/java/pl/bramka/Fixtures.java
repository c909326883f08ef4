package pl.bramka;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/** Creates merchants with one active user per role, each with unique e-mail addresses. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final MerchantManagement merchants;
    private final UserManagement users;
    private final ShopManagement shops;
    private final ShopCredentials credentials;

    Fixtures(MerchantManagement merchants, UserManagement users, ShopManagement shops,
            ShopCredentials credentials) {
        this.merchants = merchants;
        this.users = users;
        this.shops = shops;
        this.credentials = credentials;
    }

    /** An active shop with every catalogue method on, its key and an API token. */
    public record TestShop(UUID merchantId, String merchantPublicId, UUID serviceId, String serviceKey,
            String apiToken) {
    }

    public TestShop shopOf(TestMerchant merchant) {
        UUID serviceId = shops.registerDemoShop(merchant.id());
        return new TestShop(merchant.id(), merchants.publicIdOf(merchant.id()), serviceId,
                credentials.currentKey(serviceId), credentials.issueApiToken(merchant.id(), serviceId, "Test", null));
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
