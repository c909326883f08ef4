package pl.bramka.scheduledreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** The pages and actions of {@code /reports/scheduled} over HTTP: validation, changes, audit, owner, files. */
class ScheduledReportPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduledReportRunner runner;

    @Autowired
    RunFiles files;

    private TestMerchant merchant;

    @AfterEach
    void deleteSchedules() {
        if (merchant != null) {
            jdbc.sql("delete from scheduled_report where merchant_id = ?").param(merchant.id()).update();
        }
    }

    @Test
    void aWrongFormShowsEachErrorAtItsFieldAndWritesNothing() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        MockHttpServletResponse response = mvc.perform(post("/reports/scheduled").with(csrf())
                .with(user(as(Role.FINANCE_ACTIVE))).param("name", "").param("type", "NOPE")
                .param("frequency", "WEEKLY").param("time", "25:00").param("period", "DAYS").param("periodDays", "0")
                .param("recipients", "a@example.com\nnot-an-address").param("shop", UUID.randomUUID().toString())
                .param("currency", "XXX").param("operation", "NOPE").param("status", "NOPE").param("method", "NOPE")
                .param("column", "NOPE").param("dialect", "NOPE").param("mt940Profile", "NOPE")
                .param("encoding", "NOPE").param("camtVersion", "NOPE")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"name-error\"", "id=\"type-error\"", "id=\"time-error\"",
                "id=\"weekdays-error\"", "id=\"periodDays-error\"", "id=\"recipients-error\"", "id=\"shop-error\"",
                "id=\"currency-error\"", "id=\"operation-error\"", "id=\"status-error\"", "id=\"method-error\"",
                "id=\"column-error\"", "id=\"dialect-error\"", "id=\"mt940Profile-error\"",
                "id=\"encoding-error\"", "id=\"camtVersion-error\"")
                .contains("Każdy odbiorca musi być poprawnym adresem e-mail.");
        assertThat(schedulesOfMerchant()).isZero();

        String eleven = String.join("\n", IntStream.rangeClosed(1, 11)
                .mapToObj(number -> "r" + number + "@example.com").toList());
        String tooMany = mvc.perform(post("/reports/scheduled").with(csrf()).with(user(as(Role.FINANCE_ACTIVE)))
                .param("name", "Za dużo").param("recipients", eleven)).andReturn().getResponse()
                .getContentAsString();
        assertThat(tooMany).contains("Podaj najwyżej 10 adresów e-mail.");
        assertThat(schedulesOfMerchant()).isZero();
    }

    @Test
    void aScheduleIsAddedChangedPausedResumedAndDeletedAfterAConfirmationEachInTheAuditLog() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        SignedInUser finance = as(Role.FINANCE_PASSIVE);
        UUID shop = fixtures.shopOf(merchant).serviceId();
        String created = mvc.perform(post("/reports/scheduled").with(csrf()).with(user(finance))
                .param("shop", shop.toString()).param("currency", "PLN").param("name", "Wyciąg miesięczny").param("type", "MT940").param("frequency", "MONTHLY")
                .param("dayOfMonth", "last").param("time", "07:15").param("period", "MONTH")
                .param("recipients", "ksiegowosc@example.com")).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select currency || ' ' || cast(shops[1] as text) from scheduled_report where id = ?")
                .param(id).query(String.class).single()).isEqualTo("PLN " + shop);
        assertThat(mvc.perform(get("/reports/scheduled").with(user(finance))).andReturn().getResponse()
                .getContentAsString()).contains("Wyciąg miesięczny", "co miesiąc, ostatniego dnia o 07:15",
                "ksiegowosc@example.com");

        mvc.perform(post("/reports/scheduled/" + id).with(csrf()).with(user(finance)).param("name", "Tygodniowy")
                .param("type", "ACCOUNTANT").param("frequency", "WEEKLY").param("weekdays", "MONDAY")
                .param("weekdays", "FRIDAY").param("time", "06:00").param("period", "WEEK")
                .param("recipients", "ksiegowosc@example.com\nszef@example.com"));
        String edited = mvc.perform(get("/reports/scheduled/" + id + "/edit").with(user(finance))).andReturn()
                .getResponse().getContentAsString();
        assertThat(edited).contains("value=\"Tygodniowy\"", "szef@example.com");

        mvc.perform(post("/reports/scheduled/" + id + "/pause").with(csrf()).with(user(finance)));
        assertThat(mvc.perform(get("/reports/scheduled").with(user(finance))).andReturn().getResponse()
                .getContentAsString()).contains("Wstrzymany", "Wznów");
        mvc.perform(post("/reports/scheduled/" + id + "/resume").with(csrf()).with(user(finance)));
        assertThat(jdbc.sql("select paused from scheduled_report where id = ?").param(id).query(Boolean.class)
                .single()).isFalse();

        assertThat(mvc.perform(get("/reports/scheduled/" + id + "/delete").with(user(finance))).andReturn()
                .getResponse().getContentAsString()).contains("Czy na pewno usunąć raport „Tygodniowy”");
        assertThat(schedulesOfMerchant()).isEqualTo(1);
        mvc.perform(post("/reports/scheduled/" + id + "/delete").with(csrf()).with(user(finance)));
        assertThat(schedulesOfMerchant()).isZero();

        assertThat(jdbc.sql("select kind from audit_entry where merchant_id = ? and kind like 'SCHEDULED_REPORT%' "
                + "order by seq").param(merchant.id()).query(String.class).list()).containsExactly(
                "SCHEDULED_REPORT_CREATED", "SCHEDULED_REPORT_CHANGED", "SCHEDULED_REPORT_CHANGED",
                "SCHEDULED_REPORT_CHANGED", "SCHEDULED_REPORT_DELETED");
    }

    @Test
    void anotherMerchantsScheduleIsNotFoundAndTechnicalIsRefused() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        UUID id = addDaily(as(Role.REPRESENTATIVE));
        TestMerchant other = fixtures.merchantWithAllRoles();
        SignedInUser stranger = fixtures.signedIn(other.email(Role.REPRESENTATIVE));
        assertThat(mvc.perform(get("/reports/scheduled/" + id).with(user(stranger))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/reports/scheduled/" + id + "/delete").with(csrf()).with(user(stranger)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/reports/scheduled").with(user(as(Role.TECHNICAL)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(schedulesOfMerchant()).isEqualTo(1);
    }

    @Test
    void aScheduleOfADeactivatedOwnerKeepsRunningAndSaysSoUntilTakenOver() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        SignedInUser owner = as(Role.FINANCE_ACTIVE);
        UUID id = addDaily(owner);
        jdbc.sql("update user_account set status = 'DEACTIVATED' where id = ?").param(owner.id()).update();

        SignedInUser representative = as(Role.REPRESENTATIVE);
        assertThat(page("/reports/scheduled", representative)).contains("Właściciel dezaktywowany");
        mvc.perform(post("/reports/scheduled/" + id + "/run").with(csrf()).with(user(representative)));
        runner.poll();
        assertThat(jdbc.sql("select status from scheduled_report_run where schedule_id = ?").param(id)
                .query(String.class).single()).isIn("SENDING", "DONE");

        mvc.perform(post("/reports/scheduled/" + id + "/take-over").with(csrf()).with(user(representative)));
        assertThat(page("/reports/scheduled", representative)).doesNotContain("Właściciel dezaktywowany");
        assertThat(jdbc.sql("select owner_id from scheduled_report where id = ?").param(id).query(UUID.class)
                .single()).isEqualTo(representative.id());
    }

    @Test
    void aRunsFileIsDownloadableUntilItsKeepingEndsThenDropped() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        SignedInUser finance = as(Role.FINANCE_ACTIVE);
        UUID id = addDaily(finance);
        UUID run = runNow(id, finance);
        String file = "/reports/scheduled/" + id + "/runs/" + run + "/file";
        MockHttpServletResponse download = mvc.perform(get(file).with(user(finance))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).startsWith("text/csv");
        assertThat(download.getHeader("Content-Disposition")).contains("raport-");
        assertThat(download.getContentAsByteArray()).isEqualTo(Files.readAllBytes(files.finished(merchant.id(), run)));

        clock.advance(Duration.ofDays(31));
        jdbc.sql("update scheduled_report set paused = true where id = ?").param(id).update();
        runner.poll();
        assertThat(mvc.perform(get(file).with(user(finance))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select not file_stored and file_expires_at <= ? from scheduled_report_run where id = ?")
                .params(Timestamp.from(clock.instant()), run).query(Boolean.class).single()).isTrue();
        assertThat(files.finished(merchant.id(), run)).doesNotExist();
    }

    @Test
    void deletingAScheduleDeletesItsRunsFiles() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        SignedInUser finance = as(Role.FINANCE_ACTIVE);
        UUID id = addDaily(finance);
        UUID run = runNow(id, finance);
        assertThat(files.finished(merchant.id(), run)).exists();

        mvc.perform(post("/reports/scheduled/" + id + "/delete").with(csrf()).with(user(finance)));
        assertThat(files.finished(merchant.id(), run)).doesNotExist();
    }

    @Test
    void theReportFormsOptionsAreStoredShownRefilledAndUsedByEachRun() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        SignedInUser finance = as(Role.FINANCE_ACTIVE);
        String created = mvc.perform(post("/reports/scheduled").with(csrf()).with(user(finance))
                .param("name", "Dla programu").param("type", "TRANSACTIONS_CSV").param("frequency", "DAILY")
                .param("time", "06:00").param("period", "DAY").param("recipients", "program@scheduled-pages.test")
                .param("operation", "sale", "refund").param("status", "COMPLETED").param("method", "blik")
                .param("column", "orderNumber", "amount").param("dialect", "machine")
                .param("mt940Profile", "swift").param("encoding", "utf8").param("camtVersion", "08"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));

        assertThat(page("/reports/scheduled/" + id, finance)).contains("Sprzedaż, Zwrot", "Zrealizowana", "blik",
                "Numer zamówienia, Kwota", "Dla programów", "Ściśle według SWIFT", "UTF-8");
        String edit = page("/reports/scheduled/" + id + "/edit", finance);
        assertThat(edit).containsPattern("value=\"machine\"\\s+selected")
                .containsPattern("value=\"orderNumber\"[^>]*checked").doesNotContainPattern("value=\"title\"[^>]*checked");

        UUID run = runNow(id, finance);
        String file = mvc.perform(get("/reports/scheduled/" + id + "/runs/" + run + "/file").with(user(finance)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(file.lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .contains("Numer zamówienia,Kwota").doesNotContain("Tytuł", ";"));
    }

    @Test
    void theListIsPagedByItsKeyset() throws Exception {
        merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = as(Role.REPRESENTATIVE);
        jdbc.sql("""
                insert into scheduled_report (id, merchant_id, name, report_type, frequency, run_at, period,
                    recipients, owner_id, next_run_at, created_at, updated_at)
                select gen_random_uuid(), :merchant, 'Raport ' || lpad(n::text, 2, '0'), 'TRANSACTIONS_CSV', 'DAILY',
                    '06:00', 'DAY', 'stronicowanie@example.com', :owner, now() + interval '1 day',
                    now() + n * interval '1 second', now()
                from generate_series(1, 52) n""").param("merchant", merchant.id()).param("owner", representative.id())
                .update();

        String first = page("/reports/scheduled", representative);
        assertThat(first).contains("Raport 01", "Raport 50").doesNotContain("Raport 51");
        String next = first.substring(first.indexOf("/reports/scheduled?after="));
        next = next.substring(0, next.indexOf('"'));
        String second = page(next, representative);
        assertThat(second).contains("Raport 51", "Raport 52").doesNotContain("Raport 50")
                .contains("Pierwsza strona");
    }

    private UUID addDaily(SignedInUser user) throws Exception {
        String created = mvc.perform(post("/reports/scheduled").with(csrf()).with(user(user)).param("name", "Dzienny")
                .param("type", "TRANSACTIONS_CSV").param("frequency", "DAILY").param("time", "06:00")
                .param("period", "DAY").param("recipients", "dzienny@scheduled-pages.test")).andReturn()
                .getResponse().getRedirectedUrl();
        return UUID.fromString(created.substring(created.lastIndexOf('/') + 1));
    }

    /** "Run now" pressed by the user and the run made; its id. */
    private UUID runNow(UUID scheduleId, SignedInUser user) throws Exception {
        mvc.perform(post("/reports/scheduled/" + scheduleId + "/run").with(csrf()).with(user(user)));
        runner.poll();
        return jdbc.sql("select id from scheduled_report_run where schedule_id = ?").param(scheduleId)
                .query(UUID.class).single();
    }

    private String page(String path, SignedInUser user) throws Exception {
        return mvc.perform(get(path).with(user(user))).andReturn().getResponse().getContentAsString();
    }

    private SignedInUser as(Role role) {
        return fixtures.signedIn(merchant.email(role));
    }

    private int schedulesOfMerchant() {
        return jdbc.sql("select count(*) from scheduled_report where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single();
    }
}
