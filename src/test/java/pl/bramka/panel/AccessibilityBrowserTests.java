package pl.bramka.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;

/** WCAG 2.1 AA on every panel page, in both languages, and a sign-in done with the keyboard alone. */
class AccessibilityBrowserTests extends BrowserTest {

    @Autowired
    ShopManagement shopManagement;

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        page.navigate("/login");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Przejdź do treści");
        page.locator("#email").focus();
        page.keyboard().type(merchant.email(Role.REPRESENTATIVE));
        page.keyboard().press("Tab");
        page.keyboard().type(Fixtures.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/dashboard");
        assertThat(path(page)).isEqualTo("/dashboard");
    }

    @Test
    void everyPanelPagePassesAxeInPolishAndEnglish() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep dostępny", "https://a11y.example.com");
        UUID technical = fixtures.signedIn(merchant.email(Role.TECHNICAL)).id();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        String shop = "/shops/" + serviceId;
        List<String> pages = List.of("/dashboard", "/dashboard?range=custom&from=2026-11-30&to=2026-11-01",
                "/shops", "/shops/new", shop + "/data", shop + "/data/edit", shop + "/methods",
                shop + "/methods/blik?amount=12,50", shop + "/methods/ipko/disable", shop + "/integration", shop + "/branding", "/payment-methods", "/users",
                shop + "/integration/platforms",
                "/users/new", "/users/" + technical, "/users/" + technical + "/status", "/profile",
                "/profile/password", "/dev/mail", "/users/" + UUID.randomUUID(), "/transactions",
                "/transactions?min=abc&from=2026-02-30", "/orders", "/settings/refunds");
        for (String language : List.of("pl", "en")) {
            page.navigate("/profile?lang=" + language);
            for (String path : pages) {
                page.navigate(path);
                assertThat(page.locator("html")).hasAttribute("lang", language);
                assertAccessible(page);
            }
        }
        context.clearCookies();
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        page.navigate("/users");
        assertThat(page.locator("h1")).hasText("Brak dostępu");
        assertAccessible(page);
    }
}
