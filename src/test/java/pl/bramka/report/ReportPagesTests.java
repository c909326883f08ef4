package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/**
 * The list's filters and totals, its keyset pages, the form's errors, the payout report adding up, and who may see
 * any of it. Two sales of 100.00 and 40.00 zł (commissions 1.54 and 0.77 zł) and a refund of 30.00 zł settle on one
 * day; the payout of 107.69 zł is sent after midnight.
 */
class ReportPagesTests extends IntegrationTest {

    private static final LocalDate DAY = ReportTestData.day(1220);

    @Autowired
    MockMvc mvc;

    @Autowired
    SettledSales sales;

    @Autowired
    Refunds refunds;

    @Autowired
    PayoutDesk payouts;

    @Autowired
    Ledger ledger;

    static TestMerchant merchant;
    static TestShop shop;

    /** The bookings are made once; every test then looks at them from the next day, when they are all booked. */
    @BeforeEach
    void aDayOfBookingsOnce() {
        if (merchant == null) {
            merchant = fixtures.merchantWithAllRoles();
            shop = fixtures.shopOf(merchant);
            ReportTestData.moveTo(clock, DAY, LocalTime.of(9, 0));
            Transaction big = sales.settled(shop, 100_00);
            sales.settled(shop, 40_00);
            refunds.refund(big, 30_00, "Zwrot", PaymentSource.WEB);
            ReportTestData.moveTo(clock, DAY.plusDays(1), LocalTime.of(0, 30));
            payouts.runSettlement();
        }
        ReportTestData.moveTo(clock, DAY.plusDays(1), LocalTime.of(1, 0));
    }

    @Test
    void filtersChangeTheListAndTheTotals() throws Exception {
        String all = page(Role.FINANCE_PASSIVE, "");
        assertThat(rows(all)).isEqualTo(6);   // two sales, two commissions, a refund, a payout
        assertThat(all).contains("0,00\u00a0zł");   // everything booked is paid out: the balance is zero

        String salesOnly = page(Role.FINANCE_PASSIVE, "&operation=sale");
        assertThat(rows(salesOnly)).isEqualTo(2);
        assertThat(salesOnly).contains("140,00\u00a0zł").contains("-2,31\u00a0zł").contains("137,69\u00a0zł");

        String paidOut = page(Role.REPRESENTATIVE, "&operation=paidOut");
        assertThat(rows(paidOut)).isEqualTo(1);
        assertThat(paidOut).contains("-107,69\u00a0zł");

        String rejected = page(Role.REPRESENTATIVE, "&operation=sale&status=REJECTED");
        assertThat(rejected).contains("id=\"no-rows\"");
        String euro = page(Role.REPRESENTATIVE, "&currency=EUR");
        assertThat(euro).contains("id=\"no-rows\"");
    }

    @Test
    void pagesFollowEachOtherByKeysetWithoutGapsOrRepeats() {
        ReportCriteria criteria = new ReportCriteria(merchant.id(), new DayRange(DAY, DAY.plusDays(1)),
                clock.instant(), Set.of(), EnumSet.allOf(Operation.class), Set.of(), Set.of(), null);
        List<Booking> first = ledger.page(criteria, null, 4);
        List<Booking> second = ledger.page(criteria, first.get(3).cursor(), 4);
        List<Booking> streamed = new ArrayList<>();
        ledger.stream(criteria, streamed::add);
        Collections.reverse(streamed);

        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        assertThat(Stream.concat(first.stream(), second.stream()).toList())
                .containsExactlyElementsOf(streamed);
        assertThat(ledger.count(criteria)).isEqualTo(6);
    }

    @Test
    void badParametersShowTheFormWithTheErrorAndNoFile() throws Exception {
        long downloads = downloads();
        assertFormError("range=custom&from=" + DAY + "&to=" + DAY.minusDays(1), "to-error",
                "Ostatni dzień nie może być wcześniejszy niż pierwszy.");
        assertFormError("range=custom&from=" + DAY + "&to=" + DAY.plusMonths(13), "to-error",
                "Zakres może mieć najwyżej 13 miesięcy.");
        assertFormError("shop=" + UUID.randomUUID(), "shop-error", "Wybrany sklep nie należy do Twojego konta.");
        assertFormError("shop=" + fixtures.shopOf(fixtures.merchantWithAllRoles()).serviceId(), "shop-error",
                "Wybrany sklep nie należy do Twojego konta.");
        assertFormError("column=amount&column=iban", "column-error", "Nieznana kolumna raportu.");
        assertFormError("dialect=excel-de", "dialect-error", "Wybierz rodzaj pliku CSV");
        assertFormError("range=yesterday", "range-error", "Wybierz zakres dat z listy.");
        assertFormError("asOf=yesterday", "asOf-error", "ISO 8601");
        assertThat(downloads()).as("nothing downloaded").isEqualTo(downloads);
    }

    @Test
    void aRangeOfThirteenMonthsLessADayIsAccepted() throws Exception {
        MockHttpServletResponse response = perform(Role.REPRESENTATIVE, "/reports/download?range=custom&from="
                + DAY + "&to=" + DAY.plusMonths(13).minusDays(1) + "&asOf=" + clock.instant());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    }

    @Test
    void eachPayoutsItemsAddUpToItOnThePageAndInTheFile() throws Exception {
        String query = "/reports/payouts?show=1&range=custom&from=" + DAY + "&to=" + DAY;
        long downloads = downloads();
        String html = perform(Role.FINANCE_ACTIVE, query + "&format=html").getContentAsString();
        assertThat(html).containsOnlyOnce("class=\"payout mb-4\"");
        assertThat(html).contains("<dd class=\"col-sm-9 payout-amount\">107,69\u00a0zł</dd>");
        assertThat(html).contains("<td class=\"text-end items-total\">107,69\u00a0zł</td>");

        MockHttpServletResponse csv = perform(Role.FINANCE_ACTIVE, query + "&format=csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("ID wypłaty");
        assertThat(records).hasSize(4);   // the header and three items
        long payout = minor(records.get(1).get(4));
        assertThat(payout).isEqualTo(107_69);
        assertThat(records.stream().skip(1).mapToLong(row -> minor(row.get(12))).sum()).isEqualTo(payout);
        assertThat(downloads()).as("the page and the file").isEqualTo(downloads + 2);
    }

    @Test
    void technicalIsRefusedEverywhereUnderReports() throws Exception {
        for (String path : List.of("/reports", "/reports/new", "/reports/download?range=lastMonth",
                "/reports/payouts", "/reports/payouts?show=1")) {
            assertThat(perform(Role.TECHNICAL, path).getStatus()).as(path).isEqualTo(403);
            for (Role role : List.of(Role.REPRESENTATIVE, Role.FINANCE_ACTIVE, Role.FINANCE_PASSIVE)) {
                assertThat(perform(role, path).getStatus()).as(path + " " + role).isIn(200, 302);
            }
        }
    }

    private void assertFormError(String parameters, String errorId, String message) throws Exception {
        MockHttpServletResponse response = perform(Role.FINANCE_PASSIVE, "/reports/download?" + parameters);
        assertThat(response.getStatus()).as(parameters).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString();
        assertThat(html).as(parameters).contains("id=\"" + errorId + "\"").contains(message);
    }

    private String page(Role role, String filters) throws Exception {
        MockHttpServletResponse response = perform(role, "/reports?range=custom&from=" + DAY + "&to="
                + DAY.plusDays(1) + filters);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse perform(Role role, String path) throws Exception {
        SignedInUser signedIn = fixtures.signedIn(merchant.email(role));
        return mvc.perform(get(path).with(user(signedIn))).andReturn().getResponse();
    }

    private long downloads() {
        return jdbc.sql("select count(*) from audit_entry where merchant_id = ? and kind = 'REPORT_DOWNLOADED'")
                .param(merchant.id()).query(Long.class).single();
    }

    private static int rows(String html) {
        return html.split("data-kind=").length - 1;
    }

    private static long minor(String amount) {
        return Long.parseLong(amount.replace(",", ""));
    }
}
