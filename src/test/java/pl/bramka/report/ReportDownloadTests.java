package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import pl.bramka.payment.Customer;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/**
 * The CSV download read back with Commons CSV: a sale of 100.00 zł (BLIK commission 1.54 zł), a refund of 30.00 zł
 * and the payout of 68.46 zł sent after midnight, in both dialects. The sale's texts start with formula characters.
 */
class ReportDownloadTests extends IntegrationTest {

    /** Each test settles its own day: a day's settlement runs once. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(1200);
    private static final DateTimeFormatter WARSAW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DayRange.WARSAW);

    @Autowired
    MockMvc mvc;

    @Autowired
    SettledSales sales;

    @Autowired
    Refunds refunds;

    @Autowired
    PayoutDesk payouts;

    LocalDate day;
    TestMerchant merchant;
    TestShop shop;
    Transaction sale;
    Transaction refund;

    @BeforeEach
    void aDayOfBookings() {
        day = ReportTestData.day(NEXT_DAY.getAndAdd(2));
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        ReportTestData.moveTo(clock, day, LocalTime.of(10, 0));
        sale = sales.settled(shop, 100_00, "=HYPERLINK(\"http://evil\")", "+Zakupy",
                new Customer("-Anna", "Nowak", "anna@example.com", "+48600100200"));
        refund = refunds.refund(sale, 30_00, "Zwrot", PaymentSource.WEB);
        ReportTestData.moveTo(clock, day.plusDays(1), LocalTime.of(0, 30));
        payouts.runSettlement();
    }

    @Test
    void excelPlHasABomSemicolonsDecimalCommasWarsawTimesAndNeutralisedTexts() throws Exception {
        MockHttpServletResponse response = download(Role.FINANCE_PASSIVE, "dialect=excel", "");
        byte[] bytes = response.getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).endsWith("\r\n");
        assertThat(text.substring(1).split("\r\n", -1)).as("five lines, each ended by CRLF").hasSize(6);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        List<CSVRecord> records = parse(text.substring(1), ';');
        assertThat(records.get(0).values()).containsExactly("Data (Europe/Warsaw)", "Numer zamówienia",
                "ID transakcji", "Tytuł", "Typ", "Kwota", "Kwota prowizji", "Kwota netto", "Waluta", "Status",
                "Metoda płatności", "Płatnik", "ID wypłaty", "Data wypłaty", "Sklep");
        CSVRecord saleRow = records.get(1);
        String payoutId = records.get(4).get(12);
        assertThat(saleRow.values()).containsExactly(WARSAW_TIME.format(sale.modified()),
                "'=HYPERLINK(\"http://evil\")", sale.id().toString(), "'+Zakupy", "Sprzedaż", "100,00", "-1,54",
                "98,46", "PLN", "Zrealizowana", "blik", "'-Anna Nowak", payoutId, day.toString(), shopName());
        assertThat(saleRow.get(0)).startsWith(day + " 10:00:");
        assertThat(records.get(2).get(4)).isEqualTo("Prowizja");
        assertThat(records.get(2).get(5)).isEqualTo("-1,54");
        assertThat(records.get(3).get(4)).isEqualTo("Zwrot");
        assertThat(records.get(3).get(5)).isEqualTo("-30,00");
        assertThat(records.get(3).get(2)).isEqualTo(refund.id().toString());
        assertThat(records.get(4).get(4)).isEqualTo("Wypłata");
        assertThat(records.get(4).get(5)).isEqualTo("-68,46");
        assertThat(records.get(4).get(3)).isEqualTo("Wypłata za " + day);
        assertThat(records.get(4).get(0)).startsWith(day.plusDays(1) + " 00:30:");
        assertThat(records.stream().skip(1).mapToLong(row -> minor(row.get(5))).sum()).as("balance").isZero();
    }

    @Test
    void machineHasCommasDecimalPointsUtcTimesAndEnglishHeaders() throws Exception {
        MockHttpServletResponse response = download(Role.FINANCE_ACTIVE,
                "dialect=machine&column=date&column=type&column=amount&column=currency", "en");
        byte[] bytes = response.getContentAsByteArray();

        assertThat(bytes[0]).as("no BOM").isEqualTo((byte) 'D');
        List<CSVRecord> records = parse(new String(bytes, StandardCharsets.UTF_8), ',');
        assertThat(records).extracting(CSVRecord::values).map(List::of).containsExactly(
                List.of("Date (UTC)", "Type", "Amount", "Currency"),
                List.of(records.get(1).get(0), "Sale", "100.00", "PLN"),
                List.of(records.get(2).get(0), "Commission", "-1.54", "PLN"),
                List.of(records.get(3).get(0), "Refund", "-30.00", "PLN"),
                List.of(records.get(4).get(0), "Payout", "-68.46", "PLN"));
        assertThat(Instant.parse(records.get(1).get(0))).isEqualTo(sale.modified().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void theSameLinkGivesTheSameBytesAfterLaterBookings() throws Exception {
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        MockHttpServletResponse first = mvc.perform(get("/reports/download?range=custom&from=" + day + "&to="
                + day.plusDays(1)).with(user(representative))).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        String link = first.getRedirectedUrl();
        assertThat(link).contains("asOf=");
        byte[] before = mvc.perform(get(link).with(user(representative))).andReturn().getResponse()
                .getContentAsByteArray();

        ReportTestData.moveTo(clock, day.plusDays(1), LocalTime.of(12, 0));
        sales.settled(shop, 50_00);
        byte[] after = mvc.perform(get(link).with(user(representative))).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(after).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where merchant_id = ? and kind = 'REPORT_DOWNLOADED'")
                .param(merchant.id()).query(Long.class).single()).isEqualTo(2);
    }

    private MockHttpServletResponse download(Role role, String parameters, String language) throws Exception {
        String url = "/reports/download?range=custom&from=" + day + "&to=" + day.plusDays(1) + "&asOf="
                + clock.instant() + "&" + parameters + (language.isEmpty() ? "" : "&lang=" + language);
        MockHttpServletResponse response = mvc.perform(get(url).with(user(fixtures.signedIn(merchant.email(role)))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private String shopName() {
        return jdbc.sql("select name from shop where service_id = ?").param(shop.serviceId()).query(String.class)
                .single();
    }

    private static List<CSVRecord> parse(String text, char delimiter) throws Exception {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    private static long minor(String amount) {
        return Long.parseLong(amount.replace(",", "").replace(".", ""));
    }
}
