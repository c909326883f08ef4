package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import pl.bramka.user.Permission;
import pl.bramka.user.Role;

class AccessPolicyTests {

    @Test
    void aPathNoRuleCoversHasNoAccessAndIsDenied() {
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/brand-new-section")).isEmpty();
    }

    @Test
    void rulesMatchConcretePaths() {
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/users/4f1c/status")).contains(Access.requires(Permission.MANAGE_USERS));
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/password/reset/abc")).contains(Access.open());
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/profile")).contains(Access.signedIn());
    }

    @Test
    void theMethodCanMatter() {
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/shops/x/methods"))
                .contains(Access.requires(Permission.VIEW_PAYMENT_METHODS));
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/shops/x/methods"))
                .contains(Access.requires(Permission.MANAGE_PAYMENT_METHODS));
    }

    @Test
    void copiesOfNotificationsNeedTheRightToSeePaymentsOnTopOfTheIntegration() {
        Access seesAmounts = Access.requires(Permission.MANAGE_INTEGRATION, Permission.VIEW_PAYMENTS);
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/shops/x/integration/notifications/n/resend"))
                .contains(seesAmounts);
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/shops/x/integration/notifications/replay/confirm"))
                .contains(seesAmounts);
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/shops/x/integration/notifications/test"))
                .contains(Access.requires(Permission.MANAGE_INTEGRATION));
        assertThat(seesAmounts.grants(Role.TECHNICAL)).isFalse();
        assertThat(seesAmounts.grants(Role.REPRESENTATIVE)).isTrue();
    }
}
