package pl.bramka.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Mailbox;

class UsersBrowserTests extends BrowserTest {

    @Test
    void anInvitedUserSetsAPasswordAndSignsInWithTheirRole() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String invitee = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/users");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dodaj użytkownika")).click();
        assertAccessible(page);

        page.getByLabel("Imię").fill("Zofia");
        page.getByLabel("Nazwisko").fill("Mazur");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(invitee);
        page.getByLabel("Finansowa bierna").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz i wyślij zaproszenie")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Użytkownik został dodany, a zaproszenie wysłane.");
        assertThat(page.locator("#user-status")).hasText("Zaproszony");
        assertAccessible(page);

        String link = Mailbox.linkIn(Mailbox.awaitMessage(MAIL, invitee, "Zaproszenie"));
        assertThat(link).contains("/invitation/");
        try (BrowserContext inviteeContext = newContext()) {
            Page inviteePage = inviteeContext.newPage();
            inviteePage.navigate(link);
            assertThat(inviteePage.locator("h1")).hasText("Aktywuj konto");
            inviteePage.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("zofia's passphrase");
            inviteePage.getByLabel("Powtórz nowe hasło").fill("zofia's passphrase");
            inviteePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ustaw hasło")).click();
            assertThat(inviteePage.getByRole(AriaRole.STATUS)).containsText("Konto zostało aktywowane");

            signIn(inviteePage, invitee, "zofia's passphrase");
            assertThat(path(inviteePage)).isEqualTo("/transactions");
            inviteePage.navigate("/profile");
            assertThat(inviteePage.locator("dl")).containsText("Finansowa bierna");
            assertThat(inviteePage.getByText("Użytkownicy")).hasCount(0);
            inviteePage.navigate("/users");
            assertThat(inviteePage.locator("h1")).hasText("Brak dostępu");
            assertAccessible(inviteePage);
        }

        page.navigate("/users");
        assertThat(page.locator("tr[data-email='" + invitee + "']")).containsText("Aktywny");
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsSaved() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        int usersBefore = countUsers(merchant);
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/users");
        page.navigate("/users/new");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz i wyślij zaproszenie")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Formularz zawiera błędy");
        assertThat(page.locator("#firstName-error")).hasText("To pole jest wymagane.");
        assertThat(page.locator("#email-error")).hasText("To pole jest wymagane.");
        assertThat(page.locator("#role-error")).hasText("To pole jest wymagane.");
        assertAccessible(page);

        page.getByLabel("Imię").fill("A".repeat(101));
        page.getByLabel("Nazwisko").fill("Nowak");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("jan@kowalski");
        page.getByLabel("Telefon").fill("call me");
        page.getByLabel("Techniczna").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz i wyślij zaproszenie")).click();
        assertThat(page.locator("#firstName-error")).hasText("Wartość jest za długa.");
        assertThat(page.locator("#email-error")).hasText("Podaj poprawny adres e-mail, np. jan.kowalski@firma.pl.");
        assertThat(page.locator("#phone-error")).hasText("Podaj poprawny numer telefonu, np. +48 600 100 200.");

        page.getByLabel("Imię").fill("Jan");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(merchant.email(Role.FINANCE_ACTIVE).toUpperCase());
        page.getByLabel("Telefon").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz i wyślij zaproszenie")).click();
        assertThat(page.locator("#email-error")).hasText("Użytkownik z tym adresem e-mail już istnieje.");

        assertThat(countUsers(merchant)).isEqualTo(usersBefore);
    }

    @Test
    void aDeactivatedUsersSessionEndsAtOnceAndTheyCannotSignInAgain() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String technical = merchant.email(Role.TECHNICAL);
        try (BrowserContext technicalContext = newContext()) {
            Page technicalPage = technicalContext.newPage();
            signIn(technicalPage, technical, Fixtures.PASSWORD);
            assertThat(path(technicalPage)).isEqualTo("/shops");

            signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            page.navigate("/users");
            page.locator("tr[data-email='" + technical + "'] a").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edytuj")).click();
            assertAccessible(page);
            page.getByLabel("Nieaktywny – nie może się logować").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Użytkownik został dezaktywowany, a jego sesje zakończone.");
            assertThat(page.locator("#user-status")).hasText("Nieaktywny");

            technicalPage.navigate("/profile");
            assertThat(path(technicalPage)).isEqualTo("/login");
            signIn(technicalPage, technical, Fixtures.PASSWORD);
            assertThat(technicalPage.getByRole(AriaRole.ALERT)).hasText(
                    "To konto zostało dezaktywowane. Skontaktuj się z Reprezentantem swojej firmy.");
        }
    }

    @Test
    void aRepresentativeCannotDeactivateThemselves() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/users");
        page.locator("tr[data-email='" + merchant.email(Role.REPRESENTATIVE) + "'] a").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edytuj")).click();

        assertThat(page.getByLabel("Nieaktywny – nie może się logować")).isDisabled();
        assertThat(page.locator("#status-warning")).hasText("Nie możesz dezaktywować własnego konta.");
    }

    @Test
    void theRoleOfAUserCanBeChanged() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/users");
        page.locator("tr[data-email='" + merchant.email(Role.FINANCE_PASSIVE) + "'] a").click();

        page.getByLabel("Rola", new Page.GetByLabelOptions().setExact(true)).selectOption("FINANCE_ACTIVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zmień rolę")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rola została zmieniona");
        assertThat(page.locator("dl")).containsText("Finansowa aktywna");
        assertThat(page.locator("#user-history tbody tr").first()).containsText("Finansowa bierna");
        assertThat(page.locator("#user-history tbody tr").first()).containsText("Finansowa aktywna");
        assertAccessible(page);
    }

    private int countUsers(TestMerchant merchant) {
        return jdbc.sql("select count(*) from user_account where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single();
    }
}
