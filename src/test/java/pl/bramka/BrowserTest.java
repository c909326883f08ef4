package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.Optional;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Drives the panel in headless Chromium from the system (Debian's package); Playwright never downloads a browser.
 * One browser for the suite, a fresh context (cookies, session) per test.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static Browser browser;

    /**
     * Reports every Content-Security-Policy violation to the console, where {@link #newContext()} collects it:
     * Chromium logs refused inline scripts and styles itself, the event also covers what it reports only there.
     */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', function (event) {
                console.error('Content Security Policy violation: ' + event.violatedDirective + ' blocked '
                    + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
            });""";

    protected BrowserContext context;
    protected Page page;

    /** What the pages of this test refused to run or load: any entry fails the test. */
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        if (browser != null) {
            return;
        }
        Path chromium = Path.of(Optional.ofNullable(System.getenv("BRAMKA_CHROMIUM")).orElse("/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if (System.getenv("CI") != null) {
                fail("Chromium not found at " + chromium + "; CI must install it (see .ci/run)");
            }
            Assumptions.abort("Chromium not found at " + chromium + ": browser tests skipped");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    protected BrowserContext newContext() {
        BrowserContext newContext = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
                .setLocale("pl-PL"));
        newContext.setDefaultTimeout(15_000);
        newContext.addInitScript(REPORT_VIOLATIONS);
        newContext.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.location() + ": " + message.text());
            }
        });
        return newContext;
    }

    protected static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Hasło").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Zaloguj się")).click();
        page.waitForLoadState();
    }

    protected static String path(Page page) {
        return java.net.URI.create(page.url()).getPath();
    }

    /** axe-core finds no serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
    protected static void assertAccessible(Page page) {
        List<Rule> violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(violations).as(() -> path(page) + ": " + violations.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString())
                        .toList())
                .toList()).isEmpty();
    }
}
