package pl.bramka.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;

/** Codes are accepted once, recovery codes once each, and every change is published for the audit log. */
@RecordApplicationEvents
class TwoFactorRulesTests extends IntegrationTest {

    @Autowired
    private TwoFactor twoFactor;

    @Autowired
    private ApplicationEvents events;

    @Test
    void aCodeIsAcceptedOnceAndARecoveryCodeOnce() {
        SignedInUser user = fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.FINANCE_PASSIVE));
        TwoFactor.Enrolment enrolment = twoFactor.startEnrolment(user).orElseThrow();
        Totp authenticator = new Totp(enrolment.seed());
        assertThat(twoFactor.enabled(user.id())).isFalse();

        List<String> recoveryCodes = twoFactor.confirmEnrolment(user, authenticator.nextCode(clock.instant()))
                .orElseThrow();

        assertThat(twoFactor.enabled(user.id())).isTrue();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.startEnrolment(user)).as("a second enrolment replaces nothing").isEmpty();
        String code = authenticator.nextCode(clock.instant());
        assertThat(twoFactor.check(user.id(), code)).isEqualTo(TwoFactor.CodeCheck.AUTHENTICATOR);
        assertThat(twoFactor.check(user.id(), code)).isEqualTo(TwoFactor.CodeCheck.REJECTED);
        assertThat(twoFactor.check(user.id(), recoveryCodes.get(0).toUpperCase()))
                .isEqualTo(TwoFactor.CodeCheck.RECOVERY_CODE);
        assertThat(twoFactor.check(user.id(), recoveryCodes.get(0))).isEqualTo(TwoFactor.CodeCheck.REJECTED);
        assertThat(twoFactor.recoveryCodesLeft(user.id())).isEqualTo(9);

        assertThat(events.stream(TwoFactorEnabled.class)).singleElement()
                .satisfies(enabled -> assertThat(enabled.userId()).isEqualTo(user.id()));
        assertThat(events.stream(RecoveryCodeUsed.class)).singleElement()
                .satisfies(used -> assertThat(used.remaining()).isEqualTo(9));

        twoFactor.disable(user);

        assertThat(twoFactor.enabled(user.id())).isFalse();
        assertThat(twoFactor.check(user.id(), recoveryCodes.get(1))).isEqualTo(TwoFactor.CodeCheck.REJECTED);
        assertThat(events.stream(TwoFactorDisabled.class)).singleElement()
                .satisfies(disabled -> assertThat(disabled.merchantId()).isEqualTo(user.merchantId()));
    }

    @Test
    void aCodeFromAnEarlierStepThanTheLastUsedIsRefused() {
        SignedInUser user = fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.TECHNICAL));
        Totp authenticator = new Totp(twoFactor.startEnrolment(user).orElseThrow().seed());
        String first = authenticator.nextCode(clock.instant());
        twoFactor.confirmEnrolment(user, first).orElseThrow();

        assertThat(twoFactor.check(user.id(), first)).isEqualTo(TwoFactor.CodeCheck.REJECTED);
        assertThat(twoFactor.check(user.id(), "12345")).isEqualTo(TwoFactor.CodeCheck.REJECTED);
        assertThat(twoFactor.check(user.id(), "")).isEqualTo(TwoFactor.CodeCheck.REJECTED);
    }

    @Test
    void onlyARepresentativeSetsTheMerchantsRuleAndEachChangeIsPublished() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        SignedInUser finance = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));

        twoFactor.requireForMerchant(representative, true);
        twoFactor.requireForMerchant(representative, true);

        assertThat(twoFactor.requiredFor(merchant.id())).isTrue();
        assertThat(events.stream(TwoFactorRequirementChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.required()).isTrue());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> twoFactor.requireForMerchant(finance, false));
        twoFactor.requireForMerchant(representative, false);
        assertThat(twoFactor.requiredFor(merchant.id())).isFalse();
    }
}
