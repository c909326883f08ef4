package pl.bramka.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.DayRange;
import pl.bramka.shop.ShopManagement;

/**
 * Settlement against sums worked out by hand. The shops have the default commission table: BLIK 1.29% + 0.25 zł,
 * cards 1.49% + 0.10 € in euro, percentages rounded half up to the grosz (cent). Each test uses its own days far in
 * the future, so the runs of other tests (all in the present) never settle its periods.
 */
class SettlementTests extends IntegrationTest {

    @Autowired
    Settlement settlement;

    @Autowired
    PayoutRepository payouts;

    @Autowired
    PayoutLookup lookup;

    @Autowired
    PayoutDesk desk;

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    @Autowired
    ShopManagement shops;

    /** A payout as the assertions compare it. */
    record Row(LocalDate period, String currency, PayoutStatus status, long sales, long refunds, long commission,
            long carried, long amount) {
    }

    @Test
    void aMonthSettlesToThePayoutsComputedByHand() throws Exception {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        LocalDate day1 = LocalDate.now(DayRange.WARSAW).plusDays(400);

        moveTo(day1, "10:00");
        Transaction bigSale = blik(shop, 10_000);   // commission 129 + 25 = 154
        blik(shop, 5_000);                          // 64.5 → 65 + 25 = 90
        Transaction euroSale = card(shop, 2_000);   // 29.8 → 30 + 10 = 40
        settleAfter(day1);

        moveTo(day1.plusDays(1), "11:00");
        refunds.refund(bigSale, 3_000, "Partial", PaymentSource.WEB);   // more than this day's sales
        refunds.refund(euroSale, 2_000, "Full", PaymentSource.WEB);
        blik(shop, 2_000);                          // 25.8 → 26 + 25 = 51
        settleAfter(day1.plusDays(1));

        moveTo(day1.plusDays(2), "09:00");
        blik(shop, 1_000);                          // 12.9 → 13 + 25 = 38
        settleAfter(day1.plusDays(2));

        settleAfter(day1.plusDays(3));              // a day without transactions

        moveTo(day1.plusDays(4), "23:30");
        blik(shop, 30_000);                         // 387 + 25 = 412
        card(shop, 5_000);                          // 74.5 → 75 + 10 = 85
        settleAfter(day1.plusDays(4));

        PayoutStatus paid = PayoutStatus.SENT;      // demo mode (the tests' setting) marks payouts sent at once
        List<Row> expected = List.of(
                new Row(day1.plusDays(4), "EUR", paid, 5_000, 0, 85, -2_000, 2_915),
                new Row(day1.plusDays(4), "PLN", paid, 30_000, 0, 412, -89, 29_499),
                new Row(day1.plusDays(2), "PLN", PayoutStatus.CARRIED, 1_000, 0, 38, -1_051, -89),
                new Row(day1.plusDays(1), "EUR", PayoutStatus.CARRIED, 0, 2_000, 0, 0, -2_000),
                new Row(day1.plusDays(1), "PLN", PayoutStatus.CARRIED, 2_000, 3_000, 51, 0, -1_051),
                new Row(day1, "EUR", paid, 2_000, 0, 40, 0, 1_960),
                new Row(day1, "PLN", paid, 15_000, 0, 244, 0, 14_756));
        assertThat(rows(shop)).containsExactlyElementsOf(expected);

        for (Payout payout : payouts.ofMerchant(shop.merchantId(), null, 50)) {
            assertThat(payouts.items(payout.id(), 0, 1000).stream().mapToLong(PayoutItem::net).sum())
                    .as("items of " + payout.period()).isEqualTo(payout.amount());
        }
        assertThat(lookup.payoutOf(shop.merchantId(), bigSale.id()).orElseThrow().period()).isEqualTo(day1);
        assertThat(lookup.payoutOf(UUID.randomUUID(), bigSale.id())).as("another merchant's").isEmpty();

        assertThat(settlement.catchUp()).as("a second run").isZero();
        assertThat(concurrently(settlement::catchUp, settlement::catchUp)).containsOnly(0);
        assertThat(rows(shop)).containsExactlyElementsOf(expected);
    }

    @Test
    void daysMissedWhileDownAreSettledOneByOneEvenWhenTwoNodesStartAtOnce() throws Exception {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        LocalDate first = LocalDate.now(DayRange.WARSAW).plusDays(500);
        for (int day = 0; day < 3; day++) {
            moveTo(first.plusDays(day), "12:00");
            blik(shop, 1_000 * (day + 1));
        }
        moveTo(first.plusDays(3), "00:01");

        List<Integer> made = concurrently(settlement::catchUp, settlement::catchUp);

        assertThat(made.stream().mapToInt(Integer::intValue).sum()).as("payouts of every shop").isPositive();
        assertThat(rows(shop)).extracting(Row::period, Row::sales).containsExactly(
                tuple(first.plusDays(2), 3_000L),
                tuple(first.plusDays(1), 2_000L),
                tuple(first, 1_000L));
        assertThat(jdbc.sql("select count(*) from payout_run where period between ? and ? and finished_at is not null "
                + "and payouts_made > 0").params(first, first.plusDays(2)).query(Integer.class).single())
                .as("one run per day, each with its payout").isEqualTo(3);
    }

    @Test
    void aReturnedPayoutIsPaidAgainWithTheNextOne() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        LocalDate day = LocalDate.now(DayRange.WARSAW).plusDays(600);
        moveTo(day, "08:00");
        blik(shop, 10_000);                         // 154 commission
        settleAfter(day);
        Payout sent = payouts.ofMerchant(shop.merchantId(), null, 1).get(0);

        assertThat(desk.markReturned(sent.id())).isTrue();
        assertThat(desk.markReturned(sent.id())).as("only once").isFalse();
        moveTo(day.plusDays(1), "08:00");
        blik(shop, 1_000);                          // 38 commission
        settleAfter(day.plusDays(1));

        Payout next = payouts.ofMerchant(shop.merchantId(), null, 1).get(0);
        assertThat(payouts.find(sent.id()).orElseThrow().status()).isEqualTo(PayoutStatus.RETURNED);
        assertThat(next.carriedAmount()).isEqualTo(9_846);
        assertThat(next.amount()).isEqualTo(9_846 + 962);
    }

    @Test
    void aShopWithoutAnIbanAccumulatesUntilItHasOne() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shops.register(merchant.id(), "Bez rachunku", "https://bez-rachunku.example.com");
        TestShop shop = new TestShop(merchant.id(), null, serviceId, null, null);
        LocalDate day = LocalDate.now(DayRange.WARSAW).plusDays(800);
        moveTo(day, "10:00");
        blik(shop, 10_000);                         // 154 commission
        settleAfter(day);
        jdbc.sql("update shop set iban = 'PL61109010140000071219812874' where service_id = ?").param(serviceId)
                .update();
        moveTo(day.plusDays(1), "10:00");
        blik(shop, 1_000);                          // 38 commission
        settleAfter(day.plusDays(1));

        assertThat(rows(shop)).containsExactly(
                new Row(day.plusDays(1), "PLN", PayoutStatus.SENT, 1_000, 0, 38, 9_846, 10_808),
                new Row(day, "PLN", PayoutStatus.CARRIED, 10_000, 0, 154, 0, 9_846));
        assertThat(payouts.ofMerchant(merchant.id(), null, 2)).extracting(Payout::iban)
                .containsExactly("PL61109010140000071219812874", null);
    }

    @Test
    void aScheduledPayoutIsMarkedSentOnce() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        LocalDate day = LocalDate.now(DayRange.WARSAW).plusDays(650);
        moveTo(day, "08:00");
        blik(shop, 10_000);
        settleAfter(day);
        Payout payout = payouts.ofMerchant(shop.merchantId(), null, 1).get(0);
        // Outside demo mode the run leaves payouts scheduled for the operator (the tests run in demo mode)
        jdbc.sql("update payout set status = 'scheduled', sent_at = null where id = ?").param(payout.id()).update();

        assertThat(desk.markReturned(payout.id())).as("not sent yet").isFalse();
        assertThat(desk.markSent(payout.id())).isTrue();
        assertThat(desk.markSent(payout.id())).as("only once").isFalse();
        Payout sent = payouts.find(payout.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(PayoutStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
    }

    private Transaction blik(TestShop shop, long amount) {
        Transaction sale = payments.attempt(open(shop, amount, "PLN").id(), "blik");
        return settled(processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction());
    }

    private Transaction card(TestShop shop, long amount) {
        Transaction sale = payments.attempt(open(shop, amount, "EUR").id(), "ecom3ds");
        return settled(processing.pay(sale.id(), new PayerInput.Card("4111111111111111", 12, 2035, "123"))
                .transaction());
    }

    private static Transaction settled(Transaction transaction) {
        assertThat(transaction.status()).isEqualTo(TransactionStatus.SETTLED);
        return transaction;
    }

    private Payment open(TestShop shop, long amount, String currency) {
        String order = UUID.randomUUID().toString().substring(0, 8);
        return payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, amount, currency, "ZAM/" + order,
                "Zakupy " + order, null, new Customer("Anna", "Nowak", "anna@example.com", null),
                Map.of("street", "ul. Polna 1", "postalCode", "00-001", "city", "Warszawa"), null, ReturnUrls.none(),
                null, null, null, "pl", null));
    }

    /** Half an hour after the period's cut-off, the settlement runs. */
    private void settleAfter(LocalDate period) {
        moveTo(period.plusDays(1), "00:30");
        settlement.catchUp();
    }

    private void moveTo(LocalDate day, String warsawTime) {
        Instant target = day.atTime(LocalTime.parse(warsawTime)).atZone(DayRange.WARSAW).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private List<Row> rows(TestShop shop) {
        return payouts.ofMerchant(shop.merchantId(), null, 50).stream()
                .sorted((a, b) -> a.period().equals(b.period()) ? a.currency().compareTo(b.currency())
                        : b.period().compareTo(a.period()))
                .map(p -> new Row(p.period(), p.currency(), p.status(), p.salesAmount(), p.refundsAmount(),
                        p.commission(), p.carriedAmount(), p.amount()))
                .toList();
    }

    @SafeVarargs
    private static <T> List<T> concurrently(Callable<T>... calls) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<T>> futures = executor.invokeAll(List.of(calls));
            return futures.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            }).toList();
        } finally {
            executor.shutdown();
        }
    }
}
