package pl.bramka.branding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;

class BrandingBrowserTests extends BrowserTest {

    private static final String DEFAULT_BUTTONS = "rgb(10, 88, 202)";

    @Autowired
    ShopManagement shopManagement;

    TestMerchant merchant;
    UUID serviceId;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        serviceId = shopManagement.register(merchant.id(), "Sklep Rowerowy", "https://rowery.example.com");
    }

    @Test
    void aRepresentativeUploadsAPngLogoAndSeesItOnTheTabAndInThePreview() throws IOException {
        openTabAs(Role.REPRESENTATIVE);
        assertThat(page.locator("#no-logo")).isVisible();
        assertThat(preview().locator(".pp-shop-name")).hasText("Sklep Rowerowy");
        assertAccessible(page);

        page.getByLabel("Plik z logo").setInputFiles(new FilePayload("logo.png", "image/png",
                BrandingLogoCheckTests.image("png", 120, 40)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij logo")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Logo zostało zapisane.");
        Locator logo = page.locator("#current-logo");
        assertThat(logo).hasAttribute("alt", "Logo sklepu Sklep Rowerowy");
        assertThat(naturalWidth(logo)).isEqualTo(120);
        Locator previewLogo = preview().locator("img.pp-logo");
        assertThat(previewLogo).hasAttribute("alt", "Sklep Rowerowy");
        assertThat(naturalWidth(previewLogo)).isEqualTo(120);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Usuń logo")).click();
        assertThat(page.locator("h2")).hasText("Usunąć logo?");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Usuń logo")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Logo zostało usunięte.");
        assertThat(page.locator("#no-logo")).isVisible();
    }

    @Test
    void fakeAndOversizedFilesAreRefusedWithAMessage() {
        openTabAs(Role.REPRESENTATIVE);
        Locator file = page.getByLabel("Plik z logo");
        Locator upload = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij logo"));

        file.setInputFiles(new FilePayload("logo.png", "image/png",
                "Nie jestem obrazkiem, tylko tekstem.".getBytes(StandardCharsets.UTF_8)));
        upload.click();
        assertThat(page.locator("#logo-error")).hasText(
                "Ten plik nie jest obrazem PNG, JPEG ani SVG. Wybierz logo w jednym z tych formatów.");
        assertThat(page.getByLabel("Plik z logo")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        // Caught in the browser before anything is sent...
        page.getByLabel("Plik z logo").setInputFiles(new FilePayload("big.png", "image/png", new byte[600 * 1024]));
        upload.click();
        assertThat(page.locator("#logo-error")).hasText(
                "Plik jest za duży: logo może mieć najwyżej 512 KB. Zmniejsz plik i spróbuj ponownie.");

        // ...and refused by the server when the browser check is not there.
        page.locator("#logo").evaluate("input => input.dataset.maxBytes = '999999999'");
        upload.click();
        assertThat(page.locator("#logo-error")).hasText(
                "Plik ma 600 KB, a logo może mieć najwyżej 512 KB. Zmniejsz plik i spróbuj ponownie.");

        // Over the multipart limit the request never reaches the upload handler, yet the merchant gets a message.
        page.locator("#logo").evaluate("input => input.dataset.maxBytes = '999999999'");
        page.getByLabel("Plik z logo").setInputFiles(new FilePayload("huge.png", "image/png",
                new byte[5 * 1024 * 1024 + 100 * 1024]));
        upload.click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Plik jest za duży: logo może mieć najwyżej 512 KB. Zmniejsz plik i spróbuj ponownie.");
        assertThat(path(page)).isEqualTo("/shops/" + serviceId + "/branding");

        assertThat(jdbc.sql("select count(*) from shop_logo where service_id = ?").param(serviceId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theButtonColourChangesInThePreviewAsItIsTypedAndIsSaved() {
        openTabAs(Role.REPRESENTATIVE);
        Locator pay = preview().locator("#pp-pay");
        assertThat(pay).hasCSS("background-color", DEFAULT_BUTTONS);
        assertThat(pay).hasText("Zapłać 123,45\u00a0zł");

        page.getByLabel("Przyciski", new Page.GetByLabelOptions().setExact(true)).fill("#146C43");
        assertThat(pay).hasCSS("background-color", "rgb(20, 108, 67)");
        assertThat(page.locator("#color-buttons-picker")).hasValue("#146c43");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz kolory")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kolory zostały zapisane.");
        assertThat(page.getByLabel("Przyciski", new Page.GetByLabelOptions().setExact(true))).hasValue("#146c43");
        assertThat(preview().locator("#pp-pay")).hasCSS("background-color", "rgb(20, 108, 67)");
        assertAccessible(page);

        page.navigate("/shops/" + serviceId + "/data");
        assertThat(page.locator("#shop-history")).containsText("Kolor przycisków");
        assertThat(page.locator("#shop-history")).containsText("#146c43");
    }

    @Test
    void thePickerFillsTheTextFieldAndAnInvalidColourIsRefused() {
        openTabAs(Role.REPRESENTATIVE);
        page.getByLabel("Wybierz z palety: Walidacja").fill("#8b0000");
        assertThat(page.getByLabel("Walidacja", new Page.GetByLabelOptions().setExact(true))).hasValue("#8b0000");
        assertThat(preview().locator("#blik-code-error")).hasCSS("color", "rgb(139, 0, 0)");

        page.getByLabel("Obramowania", new Page.GetByLabelOptions().setExact(true)).fill("szary");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz kolory")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Formularz zawiera błędy");
        assertThat(page.locator("#color-borders-error")).containsText("Podaj kolor w zapisie szesnastkowym");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from shop_brand_color where service_id = ?").param(serviceId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPoorContrastColourShowsAWarningButCanBeSaved() {
        openTabAs(Role.REPRESENTATIVE);
        Locator warnings = page.locator("#contrast-warnings");
        assertThat(warnings).isEmpty();

        page.getByLabel("Przyciski", new Page.GetByLabelOptions().setExact(true)).fill("#ffff00");
        assertThat(warnings).containsText("„Przyciski” (#ffff00): biały tekst na tym kolorze ma kontrast 1,07:1");
        assertThat(warnings).containsText("co najmniej 4,5:1");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz kolory")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kolory zostały zapisane.");
        assertThat(warnings).containsText("„Przyciski” (#ffff00)");
    }

    @Test
    void resettingAsksFirstThenRestoresTheDefaults() {
        openTabAs(Role.REPRESENTATIVE);
        page.getByLabel("Przyciski", new Page.GetByLabelOptions().setExact(true)).fill("#000000");
        page.getByLabel("Elementy główne", new Page.GetByLabelOptions().setExact(true)).fill("#333");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz kolory")).click();
        assertThat(preview().locator("#pp-pay")).hasCSS("background-color", "rgb(0, 0, 0)");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Przywróć domyślne kolory")).click();
        assertThat(page.locator("h2")).hasText("Przywrócić domyślne kolory?");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Przywróć domyślne kolory")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Przywrócono domyślne kolory.");
        assertThat(page.getByLabel("Przyciski", new Page.GetByLabelOptions().setExact(true))).hasValue("#0a58ca");
        assertThat(page.getByLabel("Elementy główne", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("#1d4f91");
        assertThat(preview().locator("#pp-pay")).hasCSS("background-color", DEFAULT_BUTTONS);
        assertAccessible(page);
    }

    @Test
    void aTechnicalUserUsesTheTabInEnglish() {
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/data?lang=en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gateway branding")).click();
        assertThat(page.locator("h2").first()).hasText("Gateway branding");
        assertThat(preview().locator("#pp-pay")).hasText("Pay PLN\u00a0123.45");
        assertThat(preview().locator("html")).hasAttribute("lang", "en");
        assertAccessible(page);

        page.getByLabel("Buttons", new Page.GetByLabelOptions().setExact(true)).fill("#5a2d82");
        assertThat(preview().locator("#pp-pay")).hasCSS("background-color", "rgb(90, 45, 130)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save colours")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The colours have been saved.");
        assertAccessible(page);
    }

    private void openTabAs(Role role) {
        signIn(page, merchant.email(role), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/branding");
        assertThat(page.locator("h1")).hasText("Sklep Rowerowy");
    }

    private FrameLocator preview() {
        return page.frameLocator("#preview");
    }

    private static int naturalWidth(Locator image) {
        image.page().waitForCondition(() -> ((Number) image.evaluate("img => img.complete ? 1 : 0")).intValue() == 1);
        return ((Number) image.evaluate("img => img.naturalWidth")).intValue();
    }
}
