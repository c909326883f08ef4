package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.Totp;
import pl.bramka.user.TwoFactor;

/**
 * The user module's two-factor events reach the audit chain (enrolment, a recovery code used, turned off, the
 * merchant's rule, a sign-out), and turning two-factor off is e-mailed to every Representative.
 */
class TwoFactorAuditTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TwoFactor twoFactor;

    TestMerchant merchant;
    SignedInUser representative;
    SignedInUser technical;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        technical = fixtures.signedIn(merchant.email(Role.TECHNICAL));
    }

    @Test
    void twoFactorChangesAreRecorded() {
        Totp authenticator = new Totp(twoFactor.startEnrolment(technical).orElseThrow().seed());
        List<String> recoveryCodes = twoFactor.confirmEnrolment(technical, authenticator.nextCode(clock.instant()))
                .orElseThrow();
        assertThat(last()).isEqualTo("TWO_FACTOR_ENABLED " + technical.email() + " null: null → null");

        assertThat(twoFactor.check(technical.id(), recoveryCodes.get(0))).isEqualTo(TwoFactor.CodeCheck.RECOVERY_CODE);
        assertThat(last()).isEqualTo("RECOVERY_CODE_USED " + technical.email() + " remaining: null → 9");

        List<String> newCodes = twoFactor.regenerateRecoveryCodes(technical);
        assertThat(last()).isEqualTo("RECOVERY_CODES_REGENERATED " + technical.email() + " null: null → null");
        assertThat(twoFactor.check(technical.id(), recoveryCodes.get(1))).as("an old code")
                .isEqualTo(TwoFactor.CodeCheck.REJECTED);
        assertThat(twoFactor.check(technical.id(), newCodes.get(1))).isEqualTo(TwoFactor.CodeCheck.RECOVERY_CODE);

        twoFactor.requireForMerchant(representative, true);
        assertThat(last()).isEqualTo("TWO_FACTOR_REQUIREMENT " + representative.email() + " required: false → true");

        twoFactor.disable(technical);
        assertThat(last()).isEqualTo("TWO_FACTOR_DISABLED " + technical.email() + " null: null → null");
    }

    @Test
    void turningTwoFactorOffIsEmailedToTheRepresentative() throws Exception {
        Totp authenticator = new Totp(twoFactor.startEnrolment(technical).orElseThrow().seed());
        twoFactor.confirmEnrolment(technical, authenticator.nextCode(clock.instant())).orElseThrow();
        twoFactor.disable(technical);

        MimeMessage mail = Mailbox.awaitMessage(MAIL, representative.email(),
                "wyłączenie logowania dwuetapowego użytkownika " + technical.email());
        assertThat(Mailbox.body(mail)).contains(technical.email()).contains("/audit");
    }

    @Test
    void aSignOutIsRecorded() throws Exception {
        mvc.perform(post("/logout").with(csrf()).with(user(technical)));
        assertThat(last()).startsWith("SESSION_SIGNED_OUT " + technical.email()).endsWith("→ 1");
    }

    private String last() {
        return jdbc.sql("select kind || ' ' || actor || ' ' || coalesce(detail, 'null') || ': ' "
                + "|| coalesce(old_value, 'null') || ' → ' || coalesce(new_value, 'null') from audit_entry "
                + "where merchant_id = ? order by seq desc limit 1").param(merchant.id()).query(String.class).single();
    }
}
