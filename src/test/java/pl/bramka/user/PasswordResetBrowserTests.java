package pl.bramka.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Mailbox;

class PasswordResetBrowserTests extends BrowserTest {

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLinkWhichThenStopsWorking() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_PASSIVE);
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zresetuj hasło")).click();
        assertAccessible(page);
        page.getByLabel("E-mail").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Jeśli konto z tym adresem istnieje");

        MimeMessage mail = Mailbox.awaitMessage(MAIL, email, "Zmiana hasła");
        String link = Mailbox.linkIn(mail);
        assertThat(link).startsWith(baseUrl() + "/password/reset/");
        assertThat(Mailbox.body(mail)).contains("30 min");

        page.navigate(link);
        assertAccessible(page);
        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("short");
        page.getByLabel("Powtórz nowe hasło").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ustaw hasło")).click();
        assertThat(page.locator("#password-error")).hasText("Hasło musi mieć co najmniej 12 znaków.");
        assertAccessible(page);

        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("a brand new passphrase");
        page.getByLabel("Powtórz nowe hasło").fill("a brand new passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ustaw hasło")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hasło zostało zmienione");

        signIn(page, email, "a brand new passphrase");
        assertThat(path(page)).isEqualTo("/transactions");

        page.navigate(link);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Ten link został już użyty. Poproś o nowy.");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() {
        page.navigate("/password/forgot");
        page.getByLabel("E-mail").fill("nobody-here@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij link")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Jeśli konto z tym adresem istnieje");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'nobody-here@example.com'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anInvalidAddressIsRefusedWithAMessage() {
        page.navigate("/password/forgot");
        page.getByLabel("E-mail").fill("not-an-address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij link")).click();

        assertThat(page.locator("#email-error")).hasText("Podaj poprawny adres e-mail, np. jan.kowalski@firma.pl.");
        assertThat(page.getByLabel("E-mail")).hasAttribute("aria-invalid", "true");
    }
}
