package pl.bramka.user;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.user.Permission.*;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The roles matrix of DESIGN.md, row by row. */
class RoleMatrixTests {

    @Test
    void representativeMayDoEverything() {
        assertThat(Role.REPRESENTATIVE.permissions()).isEqualTo(EnumSet.allOf(Permission.class));
    }

    @Test
    void financeActiveIsFinancePassivePlusRefundsAndLinkCreation() {
        assertThat(Role.FINANCE_ACTIVE.permissions())
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(VIEW_PAYMENTS, VIEW_REPORTS, REFUND,
                        VIEW_PAYMENT_LINKS, MANAGE_PAYMENT_LINKS, VIEW_SHOPS, VIEW_PAYMENT_METHODS));
    }

    @Test
    void financePassiveOnlyViewsAndReports() {
        assertThat(Role.FINANCE_PASSIVE.permissions())
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(VIEW_PAYMENTS, VIEW_REPORTS, VIEW_PAYMENT_LINKS,
                        VIEW_SHOPS, VIEW_PAYMENT_METHODS));
    }

    @Test
    void technicalWorksOnIntegrationAndBrandingAndSeesNoAmounts() {
        assertThat(Role.TECHNICAL.permissions())
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(VIEW_SHOPS, MANAGE_INTEGRATION, MANAGE_BRANDING));
        assertThat(Role.TECHNICAL.permissions()).doesNotContain(VIEW_PAYMENTS, VIEW_REPORTS, VIEW_PAYMENT_METHODS,
                VIEW_PAYMENT_LINKS);
    }

    @Test
    void onlyRepresentativesSetTheFourEyesRuleForRefunds() {
        for (Role role : Role.values()) {
            assertThat(role.grants(MANAGE_REFUND_RULES)).isEqualTo(role == Role.REPRESENTATIVE);
        }
    }

    @Test
    void onlyRepresentativesManageUsers() {
        for (Role role : Role.values()) {
            assertThat(role.grants(MANAGE_USERS)).isEqualTo(role == Role.REPRESENTATIVE);
        }
    }
}
