package pl.bramka.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;

/** The platforms page: this shop's values, the key behind the password, and companions with this Bramka's address. */
class PlatformsBrowserTests extends BrowserTest {

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    MerchantManagement merchants;

    @Autowired
    ShopKeys keys;

    @Test
    void theTechnicalUserFollowsTheStepsWithTheShopsValuesAndDownloadsTheCompanions() throws IOException {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep na WooCommerce", "https://sklep.example.com");
        String key = keys.current(serviceId);
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Instrukcje dla platform sklepowych (WooCommerce, PrestaShop, Sylius, Laravel, własny kod)")).click();

        assertThat(path(page)).isEqualTo("/shops/" + serviceId + "/integration/platforms");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                "Przełączenie sklepu na Bramkę"))).isVisible();
        assertThat(page.locator("#client-id")).hasValue(merchants.publicIdOf(merchant.id()));
        assertThat(page.locator("#service-id")).hasValue(serviceId.toString());
        assertThat(page.locator("#api-base")).hasValue(baseUrl() + "/v1");
        assertThat(page.locator("#paywall-url")).hasValue(baseUrl() + "/payment");
        assertThat(page.locator("#bitbag-api-url")).hasValue(baseUrl() + "/v1/merchant");
        assertThat(page.locator("#notification-url-missing")).isVisible();
        assertThat(page.locator("#sylius-services-yaml")).hasValue(Pattern.compile(
                "App\\\\Payment\\\\BramkaPaywallRedirect[\\s\\S]*'" + baseUrl() + "/payment'"));
        for (String platform : new String[] {"WooCommerce (wtyczka imoje / ING Pay)", "PrestaShop (moduł imoje)",
                "Sylius: BitBag SyliusImojePlugin (API)", "Sylius: wtyczki paywall (BitBag SyliusImojePaywallPlugin)",
                "Laravel (routegroup/laravel-imoje)", "Własny kod (REST API)", "Zwykły formularz HTML (paywall)"}) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(platform))).isVisible();
        }
        assertThat(page.locator("#platform-laravel")).containsText("Wymaga zmiany w kodzie sklepu");
        assertThat(page.content()).doesNotContain(key);
        assertAccessible(page);

        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pokaż klucz")).click();
        assertThat(page.getByLabel("Klucz sklepu (serviceKey)")).hasValue(key);
        assertAccessible(page);

        Download woocommerce = page.waitForDownload(() -> page.locator("#download-woocommerce").click());
        assertThat(woocommerce.suggestedFilename()).isEqualTo("bramka-imoje.php");
        Path php = woocommerce.path();
        String source = Files.readString(php, StandardCharsets.UTF_8);
        assertThat(source).contains("define( 'BRAMKA_URL', '" + baseUrl() + "' );")
                .contains("GPL-2.0-or-later").doesNotContain("bramka.example.com");

        Download prestashop = page.waitForDownload(() -> page.locator("#download-prestashop").click());
        assertThat(prestashop.suggestedFilename()).isEqualTo("bramkaimoje.zip");
        Path module = Files.createTempFile("bramkaimoje", ".php");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(prestashop.path()))) {
            assertThat(entry(zip)).isEqualTo("bramkaimoje/");
            assertThat(entry(zip)).isEqualTo("bramkaimoje/bramkaimoje.php");
            Files.write(module, zip.readAllBytes());
        }
        assertThat(Files.readString(module)).contains("const BRAMKA_URL = '" + baseUrl() + "';");

        PhpCli.assertLints(php);
        PhpCli.assertLints(module);
    }

    @Test
    void financeUsersCannotOpenThePageOrDownloadACompanion() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep", "https://sklep.example.com");
        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        for (String path : new String[] {"", "/bramka-imoje.php", "/bramkaimoje.zip"}) {
            assertThat(page.navigate("/shops/" + serviceId + "/integration/platforms" + path).status())
                    .as(path).isEqualTo(403);
        }
    }

    private static String entry(ZipInputStream zip) throws IOException {
        ZipEntry entry = zip.getNextEntry();
        return entry == null ? null : entry.getName();
    }
}
