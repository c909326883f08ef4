package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.bramka.user.Permission;

class AccessPolicyTests {

    @Test
    void aPathNoRuleCoversHasNoAccessAndIsDenied() {
        assertThat(AccessPolicy.accessFor("/brand-new-section")).isEmpty();
    }

    @Test
    void rulesMatchConcretePaths() {
        assertThat(AccessPolicy.accessFor("/users/4f1c/status")).contains(Access.requires(Permission.MANAGE_USERS));
        assertThat(AccessPolicy.accessFor("/password/reset/abc")).contains(Access.open());
        assertThat(AccessPolicy.accessFor("/profile")).contains(Access.signedIn());
    }
}
