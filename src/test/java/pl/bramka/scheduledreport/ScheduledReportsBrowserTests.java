package pl.bramka.scheduledreport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Mailbox;
import pl.bramka.Mailbox.Attached;
import pl.bramka.SettledSales;
import pl.bramka.payment.Customer;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;

/**
 * {@code /reports/scheduled} in a real browser: a daily schedule added through the form (after a refused attempt),
 * "run now", the e-mail with the day's CSV in GreenMail, the history with the run and its file, in Polish and
 * English.
 */
class ScheduledReportsBrowserTests extends BrowserTest {

    private static final String RECIPIENT = "ksiegowa@scheduled-browser.test";

    @Autowired
    SettledSales sales;

    @Autowired
    ScheduledReportRunner runner;

    @AfterEach
    void deleteSchedules() {
        jdbc.sql("delete from scheduled_report where name = 'Dzienny CSV'").update();
    }

    @Test
    void aDailyScheduleRunNowEmailsTheDaysCsvAndShowsTheRunInItsHistory() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        LocalDate day = LocalDate.now(DayRange.WARSAW).plusDays(1450);
        moveTo(day, LocalTime.of(10, 0));
        String orderId = "ZAM/PLAN/" + day;
        sales.settled(fixtures.shopOf(merchant), 100_00, orderId, "Zakupy planowane", new Customer(
                "Anna", "Nowak", "anna.plan@example.com", "+48600100200"));
        moveTo(day.plusDays(1), LocalTime.of(9, 0));

        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        page.navigate("/reports");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raporty planowane")).click();
        assertThat(page.locator("h1")).hasText("Raporty planowane");
        assertThat(page.locator("#no-schedules")).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dodaj raport")).click();
        page.getByLabel("Odbiorcy").fill("nie-adres");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#name-error")).hasText("Podaj nazwę raportu.");
        assertThat(page.locator("#name")).hasAttribute("aria-describedby", "name-error");
        assertThat(page.locator("#recipients-error")).hasText("Każdy odbiorca musi być poprawnym adresem e-mail.");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from scheduled_report where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single()).isZero();

        page.getByLabel("Nazwa").fill("Dzienny CSV");
        page.getByLabel("Typ raportu").selectOption("TRANSACTIONS_CSV");
        page.getByLabel("Rodzaj pliku CSV").selectOption("machine");
        page.getByLabel("Częstotliwość").selectOption("DAILY");
        page.getByLabel("Godzina").fill("06:00");
        page.getByLabel("Okres raportu").selectOption("DAY");
        page.getByLabel("Odbiorcy").fill(RECIPIENT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Raport planowany został dodany.");
        assertThat(page.locator("h1")).hasText("Dzienny CSV");
        assertThat(page.locator("#schedule-details")).containsText("codziennie o 06:00");
        assertThat(page.locator("#schedule-details")).containsText("Dla programów");
        assertThat(page.locator("#schedule-details")).containsText(day.plusDays(2) + " 06:00");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uruchom teraz")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Raport zostanie wygenerowany");
        runner.poll();

        MimeMessage mail = Mailbox.awaitMessage(MAIL, RECIPIENT, "Dzienny CSV");
        List<Attached> attachments = Mailbox.attachments(mail);
        assertThat(attachments).hasSize(1);
        Attached csv = attachments.get(0);
        assertThat(csv.fileName()).isEqualTo("raport-" + day + "-" + day + ".csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        APIResponse sameReport = page.request().get("/reports/download?format=csv&dialect=machine&range=custom&from=" + day
                + "&to=" + day + "&asOf=" + clock.instant());
        assertThat(new String(csv.content(), StandardCharsets.UTF_8))
                .isEqualTo(new String(sameReport.body(), StandardCharsets.UTF_8)).contains(orderId);

        runner.poll();
        page.reload();
        Locator run = page.locator("#runs tbody tr");
        assertThat(run).hasCount(1);
        assertThat(run.locator(".run-period")).hasText(day + " – " + day);
        assertThat(run.locator(".run-result")).containsText("Wysłany");
        assertThat(run).containsText(RECIPIENT);
        assertThat(run).containsText("uruchomiony ręcznie");
        assertAccessible(page);
        Download download = page.waitForDownload(() -> run.locator(".run-file").click());
        assertThat(Files.readAllBytes(download.path())).isEqualTo(csv.content());

        page.navigate("/reports/scheduled?lang=en");
        assertThat(page.locator("h1")).hasText("Scheduled reports");
        Locator listed = page.locator("#schedules tbody tr");
        assertThat(listed).containsText("Dzienny CSV");
        assertThat(listed).containsText("every day at 06:00");
        assertThat(listed.locator(".last-run")).containsText("Sent");
        assertThat(listed).containsText(RECIPIENT);
        assertAccessible(page);
        listed.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dzienny CSV").setExact(true)).click();
        assertThat(page.locator("#runs")).containsText("Sent");
        assertAccessible(page);
    }

    private void moveTo(LocalDate day, LocalTime time) {
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(day, time, DayRange.WARSAW).toInstant()));
    }
}
