package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.shared.DayRange;

/**
 * The operator's actions about a merchant reach that merchant's audit log, chained like every other entry, with the
 * operator's e-mail as who did it and no user id; a change of the commission table reaches no merchant's log.
 */
class OperatorAuditTests extends IntegrationTest {

    private static final String PASSWORD = "operator passphrase 42";

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SettledSales sales;

    @Autowired
    PayoutDesk payouts;

    @Autowired
    ChainVerification verification;

    String operatorEmail;
    TestMerchant merchant;
    TestShop shop;

    @BeforeEach
    void operatorAndMerchant() {
        operatorEmail = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        jdbc.sql("insert into operator_account (id, email, name, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), operatorEmail, "Operator", passwordEncoder.encode(PASSWORD),
                        Timestamp.from(clock.instant())).update();
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
    }

    @Test
    void blockingTheMerchantAndItsShopIsRecordedInItsLogAsTheOperators() {
        try (HttpVisitor operator = signedInOperator()) {
            operator.submit("/operator/shops/" + shop.serviceId() + "/block", Map.of("reason", "Brak umowy"));
            assertThat(last()).isEqualTo("OPERATOR_SHOP_BLOCKED " + operatorEmail + " shop.blocked: Brak umowy");
            operator.submit("/operator/merchants/" + merchant.id(), "/operator/shops/" + shop.serviceId()
                    + "/unblock", Map.of());
            assertThat(last()).isEqualTo("OPERATOR_SHOP_UNBLOCKED " + operatorEmail + " shop.unblocked: null");

            operator.submit("/operator/merchants/" + merchant.id() + "/block", Map.of("reason", "Zaległe opłaty"));
            assertThat(last()).isEqualTo("OPERATOR_MERCHANT_BLOCKED " + operatorEmail
                    + " merchant.blocked: Zaległe opłaty");
            operator.submit("/operator/merchants/" + merchant.id(), "/operator/merchants/" + merchant.id()
                    + "/unblock", Map.of());
            assertThat(last()).isEqualTo("OPERATOR_MERCHANT_UNBLOCKED " + operatorEmail + " merchant.unblocked: null");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where merchant_id = ? and kind like 'OPERATOR_%' "
                + "and actor_id is null").param(merchant.id()).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select target from audit_entry where merchant_id = ? and kind = 'OPERATOR_SHOP_BLOCKED'")
                .param(merchant.id()).query(String.class).single()).isEqualTo(shopName());
        assertThat(verification.verify(merchant.id()).isIntact()).isTrue();
    }

    @Test
    void aPayoutMarkedSentAndReturnedIsRecordedInItsMerchantsLog() {
        // a day no other test settles, so this sale is in that day's payout whatever ran before
        LocalDate day = LocalDate.now(clock.withZone(DayRange.WARSAW)).plusDays(1100);
        clock.advance(Duration.between(clock.instant(),
                day.atTime(LocalTime.of(10, 0)).atZone(DayRange.WARSAW).toInstant()));
        sales.settled(shop, 50_00);
        clock.advance(Duration.between(clock.instant(),
                day.plusDays(1).atTime(LocalTime.of(0, 30)).atZone(DayRange.WARSAW).toInstant()));
        payouts.runSettlement();
        UUID payout = jdbc.sql("select id from payout where service_id = ?").param(shop.serviceId())
                .query(UUID.class).single();
        try (HttpVisitor operator = signedInOperator()) {
            operator.submit("/operator/payouts", "/operator/payouts/" + payout + "/returned", Map.of());
        }
        assertThat(last()).isEqualTo("OPERATOR_PAYOUT_RETURNED " + operatorEmail + " payout.returned: null");
        assertThat(verification.verify(merchant.id()).isIntact()).isTrue();
    }

    @Test
    void onboardingIsInTheNewMerchantsLogAndACommissionChangeInNoMerchants() {
        String nip = randomNip();
        try (HttpVisitor operator = signedInOperator()) {
            operator.submit("/operator/merchants/new", Map.of("companyName", "Audyt " + nip + " sp. z o.o.",
                    "nip", nip, "regon", "", "address", "ul. Polna 1, 00-001 Warszawa", "firstName", "Anna",
                    "lastName", "Róża", "email", "anna-" + nip + "@example.com"));
            UUID onboarded = jdbc.sql("select id from merchant where nip = ?").param(nip).query(UUID.class).single();
            assertThat(jdbc.sql("select actor || ' ' || target from audit_entry where merchant_id = ? "
                    + "and kind = 'OPERATOR_ONBOARDING'").param(onboarded).query(String.class).list())
                    .containsExactly(operatorEmail + " Audyt " + nip + " sp. z o.o.");

            long entriesBefore = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
            // The same rates again: other tests settle with the default table
            int percentBp = jdbc.sql("select percent_bp from commission_default where method_code = 'blik'")
                    .query(Integer.class).single();
            long feeMinor = jdbc.sql("select fixed_fee_minor from commission_default_fee where method_code = 'blik' "
                    + "and currency = 'PLN'").query(Long.class).single();
            operator.submit("/operator/commissions/blik/PLN", "/operator/commissions/blik/PLN", Map.of(
                    "percent", BigDecimal.valueOf(percentBp, 2).toPlainString().replace('.', ','),
                    "fee", BigDecimal.valueOf(feeMinor, 2).toPlainString().replace('.', ',')));
            assertThat(jdbc.sql("select count(*) from operator_action where action = 'commission.changed' "
                    + "and subject = 'blik/PLN'").query(Long.class).single()).isPositive();
            assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
                    .as("entries after a commission change").isEqualTo(entriesBefore);
        }
    }

    /** A NIP nobody has yet: nine random digits and their check digit. */
    private static String randomNip() {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        while (true) {
            StringBuilder nip = new StringBuilder();
            int sum = 0;
            for (int weight : weights) {
                int digit = ThreadLocalRandom.current().nextInt(nip.isEmpty() ? 1 : 0, 10);
                nip.append(digit);
                sum += digit * weight;
            }
            if (sum % 11 != 10) {
                return nip.append(sum % 11).toString();
            }
        }
    }

    private String shopName() {
        return jdbc.sql("select name from shop where service_id = ?").param(shop.serviceId()).query(String.class)
                .single();
    }

    private HttpVisitor signedInOperator() {
        HttpVisitor operator = HttpVisitor.of(baseUrl());
        assertThat(operator.submit("/operator/login", Map.of("email", operatorEmail, "password", PASSWORD))
                .location()).endsWith("/operator/merchants");
        return operator;
    }

    private String last() {
        return jdbc.sql("select kind || ' ' || actor || ' ' || detail || ': ' || coalesce(new_value, 'null') "
                + "from audit_entry where merchant_id = ? order by seq desc limit 1")
                .param(merchant.id()).query(String.class).single();
    }
}
