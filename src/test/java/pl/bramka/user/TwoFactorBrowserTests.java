package pl.bramka.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;

class TwoFactorBrowserTests extends BrowserTest {

    private static final String WRONG_CODE = "Kod jest nieprawidłowy albo został już użyty.";
    private static final String TURN_OFF = "Wyłącz logowanie dwuskładnikowe";
    private static final String NEW_CODES = "Wygeneruj nowe kody odzyskiwania";

    @Test
    void enrolmentSignInWithACodeAndARecoveryCodeThatWorksOnce() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_ACTIVE);
        signIn(page, email, Fixtures.PASSWORD);

        page.navigate("/profile");
        assertThat(page.locator("#two-factor-state")).containsText("Wyłączone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Włącz logowanie dwuskładnikowe")).click();
        assertThat(page.locator("img.qr-code")).isVisible();
        assertAccessible(page);
        String secret = page.locator("#totp-secret").textContent();
        Totp authenticator = new Totp(secret);

        page.getByLabel("Kod z aplikacji").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Włącz")).click();
        assertThat(page.locator("#code-error")).hasText(WRONG_CODE);
        assertThat(page.getByLabel("Kod z aplikacji")).hasAttribute("aria-describedby", "code-error");
        assertThat(page.locator("#totp-secret")).hasText(secret);

        page.getByLabel("Kod z aplikacji").fill(authenticator.nextCode(clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Włącz")).click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertAccessible(page);
        List<String> recoveryCodes = page.locator("#recovery-codes li").allTextContents();
        assertThat(jdbc.sql("select count(*) from user_recovery_code r join user_account u on u.id = r.user_id "
                + "where u.email = ? and r.code_hash = ?").params(email, recoveryCodes.get(0))
                .query(Integer.class).single()).as("stored hashed, not as typed").isZero();
        assertThat(jdbc.sql("select sealed_seed from user_two_factor t join user_account u on u.id = t.user_id "
                + "where u.email = ?").param(email).query(String.class).single())
                .startsWith("v2.").doesNotContain(secret);

        signOut();
        signIn(page, email, Fixtures.PASSWORD);
        assertThat(path(page)).isEqualTo("/login/code");
        assertAccessible(page);
        // The password alone has not signed the session in.
        page.navigate("/transactions");
        assertThat(path(page)).isEqualTo("/login");

        signIn(page, email, Fixtures.PASSWORD);
        String code = authenticator.nextCode(clock.instant());
        enterCode(code);
        assertThat(path(page)).as("where the user was headed").isEqualTo("/transactions");

        // The same code again, within its window, is refused.
        signOut();
        signIn(page, email, Fixtures.PASSWORD);
        enterCode(code);
        assertThat(path(page)).isEqualTo("/login/code");
        assertThat(page.locator("#code-error")).hasText(WRONG_CODE);

        enterCode(recoveryCodes.get(3));
        assertThat(path(page)).isEqualTo("/dashboard");
        page.navigate("/profile/two-factor");
        assertThat(page.getByText("Niewykorzystane kody odzyskiwania: 9.")).isVisible();

        signOut();
        signIn(page, email, Fixtures.PASSWORD);
        enterCode(recoveryCodes.get(3));
        assertThat(path(page)).isEqualTo("/login/code");
        assertThat(page.locator("#code-error")).hasText(WRONG_CODE);
    }

    @Test
    void turningTwoFactorOffAsksForThePasswordAndACode() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.TECHNICAL);
        signIn(page, email, Fixtures.PASSWORD);
        Totp authenticator = enrol();
        page.navigate("/profile/two-factor");
        assertAccessible(page);

        page.getByLabel("Obecne hasło").fill(Fixtures.PASSWORD);
        page.getByLabel("Kod z aplikacji albo kod odzyskiwania").fill("12345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(TURN_OFF)).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(WRONG_CODE);

        page.getByLabel("Obecne hasło").fill("not my password");
        page.getByLabel("Kod z aplikacji albo kod odzyskiwania").fill("123456");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(TURN_OFF)).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Hasło jest nieprawidłowe.");

        page.getByLabel("Obecne hasło").fill(Fixtures.PASSWORD);
        page.getByLabel("Kod z aplikacji albo kod odzyskiwania").fill(authenticator.nextCode(clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(TURN_OFF)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Logowanie dwuskładnikowe zostało wyłączone.");
        assertThat(page.locator("#two-factor-state")).containsText("Wyłączone");

        signOut();
        signIn(page, email, Fixtures.PASSWORD);
        assertThat(path(page)).isEqualTo("/shops");
    }

    @Test
    void aRepresentativeRequiresTwoFactorAndOthersEnrolAtTheirNextSignIn() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/users");
        assertThat(page.locator("#two-factor-rule")).containsText("Niewymagane");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wymagaj logowania dwuskładnikowego"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Od teraz wszyscy użytkownicy logują się dwuskładnikowo.");
        assertThat(page.locator("#two-factor-rule")).containsText("Wymagane");
        assertAccessible(page);

        try (BrowserContext financeContext = newContext()) {
            Page finance = financeContext.newPage();
            signIn(finance, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
            assertThat(path(finance)).isEqualTo("/profile/two-factor");
            assertThat(finance.getByRole(AriaRole.STATUS))
                    .containsText("Twoja firma wymaga logowania dwuskładnikowego");
            finance.navigate("/transactions");
            assertThat(path(finance)).isEqualTo("/profile/two-factor");

            Totp authenticator = new Totp(finance.locator("#totp-secret").textContent());
            finance.getByLabel("Kod z aplikacji").fill(authenticator.nextCode(clock.instant()));
            finance.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Włącz")).click();
            assertThat(finance.locator("#recovery-codes li")).hasCount(10);
            finance.navigate("/transactions");
            assertThat(path(finance)).isEqualTo("/transactions");
        }
    }

    /** Turns two-factor sign-in on for the signed-in user and returns their authenticator. */
    private Totp enrol() {
        page.navigate("/profile/two-factor");
        Totp authenticator = new Totp(page.locator("#totp-secret").textContent());
        page.getByLabel("Kod z aplikacji").fill(authenticator.nextCode(clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Włącz")).click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        return authenticator;
    }

    @Test
    void newRecoveryCodesNeedThePasswordAndACodeAndTheOldOnesStopWorking() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_PASSIVE);
        signIn(page, email, Fixtures.PASSWORD);
        Totp authenticator = enrol();
        List<String> oldCodes = page.locator("#recovery-codes li").allTextContents();

        page.navigate("/profile/two-factor");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NEW_CODES)).click();
        assertAccessible(page);
        page.getByLabel("Hasło do panelu").fill(Fixtures.PASSWORD);
        page.getByLabel("Kod z aplikacji uwierzytelniającej").fill("12345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(NEW_CODES)).click();
        assertThat(page.locator("#code-error")).hasText(WRONG_CODE);
        assertThat(page.getByLabel("Kod z aplikacji uwierzytelniającej")).hasAttribute("aria-describedby",
                "code-error");
        assertAccessible(page);

        page.getByLabel("Hasło do panelu").fill(Fixtures.PASSWORD);
        page.getByLabel("Kod z aplikacji uwierzytelniającej").fill(authenticator.nextCode(clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(NEW_CODES)).click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Nowe kody odzyskiwania są gotowe, poprzednie już nie "
                + "działają.");
        assertAccessible(page);
        List<String> newCodes = page.locator("#recovery-codes li").allTextContents();
        assertThat(newCodes).doesNotContainAnyElementsOf(oldCodes);
        // Shown once: the two-factor page does not show them again.
        page.navigate("/profile/two-factor");
        assertThat(page.locator("#recovery-codes")).hasCount(0);
        assertThat(page.getByText("Niewykorzystane kody odzyskiwania: 10.")).isVisible();

        signOut();
        signIn(page, email, Fixtures.PASSWORD);
        enterCode(oldCodes.get(0));
        assertThat(path(page)).isEqualTo("/login/code");
        assertThat(page.locator("#code-error")).hasText(WRONG_CODE);
        enterCode(newCodes.get(0));
        assertThat(path(page)).isNotEqualTo("/login/code");
    }

    private void enterCode(String code) {
        page.getByLabel("Kod z aplikacji albo kod odzyskiwania").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();
        page.waitForLoadState();
    }

    private void signOut() {
        page.navigate("/profile");
        page.locator("summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyloguj").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wylogowano");
    }
}
