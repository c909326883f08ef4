package pl.bramka.operator;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.Mailbox;
import pl.bramka.SettledSales;
import pl.bramka.shared.DayRange;

/**
 * The operator's main journey in a real browser: onboarding a merchant, whose Representative accepts the e-mailed
 * invitation and adds a shop, which the operator activates; a payment in it is then paid out. New shops wait for the
 * operator here, as outside demo mode (a context of its own).
 */
@TestPropertySource(properties = {"bramka.shops.auto-activate=false",
        // This context seeds a demo merchant of its own: its logins must not replace those DemoSeedingTests reads
        "bramka.demo.credentials-file=target/test-demo-credentials-operator-journey.properties"})
class OperatorJourneyBrowserTests extends BrowserTest {

    private static final String PASSWORD = "operator passphrase 42";

    @Autowired
    OperatorAccounts operators;

    @Autowired
    SettledSales sales;

    @Autowired
    ApplicationContext applicationContext;

    String operatorEmail;

    @BeforeEach
    void operator() {
        operatorEmail = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        operators.create(operatorEmail, "Operator", PASSWORD);
    }

    @Test
    void anOnboardedMerchantsShopIsActivatedAndItsPaymentPaidOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String representative = "anna-" + suffix + "@kwiaty.example.com";
        signInToConsole(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dodaj sprzedawcę")).click();
        assertAccessible(page);
        page.getByLabel("Nazwa firmy").fill("Kwiaty " + suffix + " sp. z o.o.");
        page.getByLabel("NIP").fill(validNip());
        page.getByLabel("Adres siedziby").fill("ul. Kwiatowa 1, 00-001 Warszawa");
        page.getByLabel("Imię").fill("Anna");
        page.getByLabel("Nazwisko").fill("Róża");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(representative);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dodaj i wyślij zaproszenie")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sprzedawca dodany");
        assertThat(page.locator("#no-shops")).isVisible();
        assertAccessible(page);
        String merchantPage = page.url();

        BrowserContext merchantContext = newContext();
        try {
            Page merchant = merchantContext.newPage();
            merchant.navigate(Mailbox.linkIn(Mailbox.awaitMessage(MAIL, representative, "Zaproszenie")));
            merchant.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("anna's passphrase");
            merchant.getByLabel("Powtórz nowe hasło").fill("anna's passphrase");
            merchant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ustaw hasło")).click();
            signIn(merchant, representative, "anna's passphrase");
            merchant.navigate("/shops/new");
            merchant.getByLabel("Nazwa sklepu").fill("Kwiaciarnia");
            merchant.getByLabel("Adres WWW").fill("https://kwiaty.example.com");
            merchant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(merchant.locator("#shop-data")).containsText("Oczekuje na aktywację");
            merchant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edytuj dane sklepu")).click();
            merchant.getByLabel("IBAN").fill("PL61 1090 1014 0000 0712 1981 2874");
            merchant.getByLabel("Twoje hasło").fill("anna's passphrase");
            merchant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(merchant.locator("#pending-iban-change")).containsText("2874");
            // The only Representative's new IBAN is in force once the objection period is over; a day later the
            // panel session has passed its absolute timeout, so the Representative signs in again
            String shopPage = merchant.url();
            clock.advance(Duration.ofHours(25));
            ReflectionTestUtils.invokeMethod(applicationContext.getBean("ibanChangeDeadlines"), "applyDue");
            signIn(merchant, representative, "anna's passphrase");
            merchant.navigate(shopPage);
            assertThat(merchant.locator("#shop-iban")).containsText("2874");

            page.navigate(merchantPage);
            page.locator("#shops").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Aktywuj")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sklep aktywowany.");
            assertThat(page.locator("#shops")).containsText("Aktywny");
            assertAccessible(page);

            Map<String, Object> shop = jdbc.sql("select s.service_id, s.merchant_id, m.public_id from shop s "
                    + "join merchant m on m.id = s.merchant_id where m.name = ?")
                    .param("Kwiaty " + suffix + " sp. z o.o.").query().singleRow();
            sales.settled(new TestShop((UUID) shop.get("merchant_id"), (String) shop.get("public_id"),
                    (UUID) shop.get("service_id"), null, null), 50_00);
            LocalDate today = LocalDate.now(clock.withZone(DayRange.WARSAW));
            clock.advance(Duration.between(clock.instant(),
                    today.plusDays(1).atTime(LocalTime.of(0, 30)).atZone(DayRange.WARSAW).toInstant()));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wypłaty")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rozlicz teraz")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Rozliczenie wykonane.");
            assertThat(page.locator("#payouts")).containsText("49,10");
            assertAccessible(page);

            // past midnight the Representative's session may be over its absolute timeout again
            signIn(merchant, representative, "anna's passphrase");
            merchant.navigate("/payouts");
            assertThat(merchant.locator("#payouts tbody tr")).hasCount(1);
            assertThat(merchant.locator("#payouts tbody tr").first()).containsText("49,10");
            assertThat(merchant.locator("#payouts tbody tr").first()).containsText("Wysłana");

            // the console lists every merchant's payouts, other tests' too
            page.locator("#payouts tbody tr", new Page.LocatorOptions().setHasText("Kwiaty " + suffix))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                            .setName("Oznacz jako zwróconą")).click();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oznacz jako zwróconą")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Wypłata oznaczona jako zwrócona.");
            merchant.reload();
            assertThat(merchant.locator("#payouts tbody tr").first()).containsText("Zwrócona przez bank");

            page.navigate(merchantPage);
            page.locator("#shops").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Zablokuj")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zablokuj")).click();
            assertThat(page.locator("#reason-error")).hasText("To pole jest wymagane.");
            assertAccessible(page);
            page.getByLabel("Powód").fill("Brak regulaminu na stronie");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zablokuj")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sklep zablokowany.");
            merchant.navigate("/shops/" + shop.get("service_id") + "/data");
            assertThat(merchant.locator("#blocked-reason")).containsText("Brak regulaminu na stronie");
        } finally {
            merchantContext.close();
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dziennik działań")).click();
        assertThat(page.locator(".operator-actions")).containsText("Dodanie sprzedawcy");
        assertThat(page.locator(".operator-actions")).containsText("Aktywacja sklepu");
        assertAccessible(page);
    }

    @Test
    void theDefaultCommissionTableIsChangedWithItsHistoryKept() {
        signInToConsole(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prowizje")).click();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prowizja: paypo, PLN")).click();
        page.getByLabel("Prowizja procentowa (%)").fill("101");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#percent-error")).isVisible();
        assertAccessible(page);

        page.getByLabel("Prowizja procentowa (%)").fill("2,5");
        page.getByLabel("Opłata stała").fill("0,30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Prowizja zmieniona.");
        assertThat(page.locator("#commission-history tbody tr").first()).containsText("2,49 % + 0,25");
        assertThat(page.locator("#commission-history tbody tr").first()).containsText("2,50 % + 0,30");
    }

    private void signInToConsole(Page console) {
        console.navigate("/operator/login");
        console.getByLabel("E-mail").fill(operatorEmail);
        console.getByLabel("Hasło").fill(PASSWORD);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();
        assertThat(console.locator("h1")).hasText("Sprzedawcy");
        assertAccessible(console);
    }

    /** A NIP no other test uses: nine random digits and the check digit they need (a sum giving 10 is redrawn). */
    private static String validNip() {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        while (true) {
            String digits = String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(),
                    1_000_000_000L));
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            if (sum % 11 != 10) {
                return digits + sum % 11;
            }
        }
    }
}
