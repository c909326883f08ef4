package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.report.StatementOptions.Mt940Profile;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/**
 * Statements of one day from the report's bookings. The day before, a sale of 50.00 zł (commission 0.90 zł) leaves
 * an opening balance of 49.10 zł, paid out after midnight; on the day a sale of 100.00 zł (commission 1.54 zł) and
 * a refund of 30.00 zł leave a closing balance of 68.46 zł. Large reports go to the background (the tests' threshold
 * is 25 rows).
 */
class ReportStatementTests extends IntegrationTest {

    private static final LocalDate DAY = ReportTestData.day(1241);

    @Autowired
    MockMvc mvc;

    @Autowired
    SettledSales sales;

    @Autowired
    Refunds refunds;

    @Autowired
    PayoutDesk payouts;

    static TestMerchant merchant;
    static TestShop shop;

    @BeforeEach
    void twoDaysOfBookingsOnce() {
        if (merchant == null) {
            merchant = fixtures.merchantWithAllRoles();
            shop = fixtures.shopOf(merchant);
            ReportTestData.moveTo(clock, DAY.minusDays(1), LocalTime.of(10, 0));
            sales.settled(shop, 50_00);
            ReportTestData.moveTo(clock, DAY, LocalTime.of(0, 30));
            payouts.runSettlement();
            ReportTestData.moveTo(clock, DAY, LocalTime.of(10, 0));
            Transaction sale = sales.settled(shop, 100_00);
            refunds.refund(sale, 30_00, "Zwrot", PaymentSource.WEB);
        }
        ReportTestData.moveTo(clock, DAY.plusDays(1), LocalTime.of(1, 0));
    }

    @Test
    void mt940CarriesTheDaysBookingsBetweenItsBalancesAndParsesWithProwide() throws Exception {
        MockHttpServletResponse response = download("format=mt940&mt940Profile=swift&encoding=ascii");
        assertThat(response.getContentType()).isEqualTo("text/plain;charset=US-ASCII");

        List<MT940> statements = Mt940Check.statements(new String(response.getContentAsByteArray(),
                StandardCharsets.US_ASCII), Mt940Profile.SWIFT_STRICT);
        assertThat(statements).hasSize(1);
        MT940 statement = statements.get(0);
        String iban = jdbc.sql("select iban from shop where service_id = ?").param(shop.serviceId())
                .query(String.class).single();
        assertThat(statement.getField25().getValue()).as("the shop's account").endsWith(iban);
        assertThat(statement.getField60F().getAmountAsBigDecimal()).isEqualByComparingTo("49.10");
        assertThat(statement.getField62F().getAmountAsBigDecimal()).isEqualByComparingTo("68.46");
        List<BigDecimal> amounts = new ArrayList<>();
        for (Field61 line : statement.getField61()) {
            amounts.add(Mt940Check.signed(line.getDebitCreditMark(), line.getAmountAsBigDecimal()));
        }
        assertThat(amounts).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("-49.10"), new BigDecimal("100.00"), new BigDecimal("-1.54"),
                new BigDecimal("-30.00"));
    }

    @Test
    void camt053HasTheSameEntriesAndBalancesAndIsValidAgainstTheSchema() throws Exception {
        byte[] xml = download("format=camt053&camtVersion=02").getContentAsByteArray();

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iso20022/camt.053.001.02.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getElementsByTagNameNS("*", "Ntry").getLength()).isEqualTo(4);
        List<String> balances = new ArrayList<>();
        NodeList found = document.getElementsByTagNameNS("*", "Bal");
        for (int i = 0; i < found.getLength(); i++) {
            Element balance = (Element) found.item(i);
            balances.add(balance.getElementsByTagNameNS("*", "Cd").item(0).getTextContent() + " "
                    + balance.getElementsByTagNameNS("*", "Amt").item(0).getTextContent());
        }
        assertThat(balances).containsExactly("OPBD 49.10", "CLBD 68.46");
    }

    @Test
    void aStatementOfARangeWithoutBookingsIsRefusedOnTheForm() throws Exception {
        SignedInUser user = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));
        MockHttpServletResponse response = mvc.perform(get("/reports/download?format=mt940&range=custom&from="
                + DAY.plusDays(5) + "&to=" + DAY.plusDays(6) + "&asOf=" + clock.instant()).with(user(user)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"range-error\"").contains("wyciąg byłby pusty");
        MockHttpServletResponse encoding = mvc.perform(get("/reports/download?format=mt940&encoding=latin2")
                .with(user(user))).andReturn().getResponse();
        assertThat(encoding.getContentAsString()).contains("id=\"encoding-error\"")
                .contains("Tego kodowania MT940 nie obsługuje");
    }

    @Test
    void aReportAboveTheThresholdIsWrittenInTheBackgroundAndLandsInGeneratedReports() throws Exception {
        TestMerchant busy = fixtures.merchantWithAllRoles();
        TestShop busyShop = fixtures.shopOf(busy);
        ReportTestData.moveTo(clock, DAY, LocalTime.of(12, 0));
        for (int sale = 0; sale < 13; sale++) {
            sales.settled(busyShop, 10_00 + sale);
        }
        ReportTestData.moveTo(clock, DAY.plusDays(1), LocalTime.of(1, 0));
        SignedInUser user = fixtures.signedIn(busy.email(Role.FINANCE_PASSIVE));

        MockHttpServletResponse response = mvc.perform(get("/reports/download?range=custom&from=" + DAY + "&to="
                + DAY + "&asOf=" + clock.instant()).with(user(user))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/reports/generated");
        UUID id = jdbc.sql("select id from generated_report where merchant_id = ?").param(busy.id())
                .query(UUID.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(jdbc.sql(
                "select state from generated_report where id = ?").param(id).query(String.class).single()));
        assertThat(jdbc.sql("select rows_written from generated_report where id = ?").param(id).query(Long.class)
                .single()).isEqualTo(26);
        String file = mvc.perform(get("/reports/generated/" + id).with(user(user))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(file.split("\r\n")).hasSize(27);
    }

    private MockHttpServletResponse download(String parameters) throws Exception {
        SignedInUser user = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));
        MockHttpServletResponse response = mvc.perform(get("/reports/download?range=custom&from=" + DAY + "&to="
                + DAY + "&asOf=" + clock.instant() + "&" + parameters).with(user(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }
}
