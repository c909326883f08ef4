package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures.TestShop;

/**
 * Swagger UI works in Chromium under the application's Content-Security-Policy, which allows no inline scripts or
 * styles. (Its standalone layout's top bar has a logo with an inline style sheet; the base layout, set in
 * application.properties, has none.)
 */
class OpenApiBrowserTests extends BrowserTest {

    @Test
    void swaggerUiShowsEveryOperationWithoutAnyContentSecurityPolicyViolation() {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                problems.add(message.text());
            }
        });
        page.onPageError(error -> problems.add(error));

        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' ' + e.sourceFile))");
        page.navigate("/swagger-ui/index.html");
        page.locator(".opblock").first().waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));

        assertThat(page.locator(".opblock").count()).isEqualTo(10);
        assertThat(page.locator(".opblock-summary-path").allTextContents()).contains(
                "/v1/merchant/{merchantId}/transaction", "/v1/merchant/{merchantId}/service/{serviceId}",
                "/v1/merchant/{merchantId}/payment", "/v1/merchant/{merchantId}/payment/cancel",
                "/v1/merchant/{merchantId}/auth/rotate");
        page.locator(".opblock-summary").first().click();
        page.locator(".opblock-body").first().waitFor();
        assertThat(page.locator("button.authorize").isVisible()).isTrue();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(problems).isEmpty();
    }

    @Test
    void tryItOutCallsTheApiWithTheBearerToken() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        page.navigate("/swagger-ui/index.html");
        page.locator("button.authorize").click();
        page.locator(".modal-ux input").fill(shop.apiToken());
        page.locator(".modal-ux .auth-btn-wrapper button.authorize").click();
        page.locator(".modal-ux button.btn-done").click();

        Locator operation = page.locator("#operations-Service-service");
        operation.locator(".opblock-summary").click();
        operation.locator("button.try-out__btn").click();
        operation.locator("input[placeholder=merchantId]").fill(shop.merchantPublicId());
        operation.locator("input[placeholder=serviceId]").fill(shop.serviceId().toString());
        operation.locator("button.execute").click();

        Locator status = operation.locator(".live-responses-table tbody .response-col_status");
        status.waitFor();
        assertThat(status.textContent().trim()).isEqualTo("200");
        assertThat(operation.locator(".live-responses-table .microlight").first().textContent())
                .contains(shop.serviceId().toString());
    }
}
