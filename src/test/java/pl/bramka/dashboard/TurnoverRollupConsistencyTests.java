package pl.bramka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.DayRange;

/** The rollup the dashboard reads always equals the sums of the transactions themselves. */
class TurnoverRollupConsistencyTests extends IntegrationTest {

    /** The dashboard's definition of turnover, straight from payment_transaction. */
    private static final String RAW_TURNOVER = """
            select currency,
                   sum(case type when 'sale' then amount else -amount end) as turnover,
                   count(*) filter (where type = 'sale') as sales,
                   count(*) filter (where type = 'refund') as refunds
            from payment_transaction
            where merchant_id = ? and status = 'settled' and created_at >= ? and created_at < ?
            group by currency order by currency""";

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    @Autowired
    DailyTurnover rollup;

    SalesDesk desk;
    TestMerchant merchant;
    List<UUID> shops;

    @BeforeEach
    void shops() {
        desk = new SalesDesk(payments, processing, refunds);
        merchant = fixtures.merchantWithAllRoles();
        shops = List.of(fixtures.shopOf(merchant).serviceId(), fixtures.shopOf(merchant).serviceId());
    }

    @Test
    void randomSalesRefusalsAndPartialRefundsOverFortyDaysSumUpTheSameInTheRollupAndTheRawRows() {
        Random random = new Random(20261124L);
        LocalDate firstDay = today();
        List<Transaction> settled = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            UUID shop = shops.get(random.nextInt(shops.size()));
            int dice = random.nextInt(10);
            if (dice < 5) {
                settled.add(desk.settledSale(shop, 100 + random.nextInt(100_000), random.nextInt(3) == 0 ? "EUR"
                        : "PLN"));
            } else if (dice < 7 && !settled.isEmpty()) {
                refundSomeOfOne(settled, random);
            } else if (dice == 7) {
                desk.rejectedSale(shop, 500 + random.nextInt(1_000));
            } else {
                // Steps of up to two days cross Warsaw midnights at every hour.
                clock.advance(Duration.ofMinutes(60 + random.nextInt(47 * 60)));
            }
        }
        LocalDate lastDay = today();
        assertThat(lastDay).as("the clock moved over weeks").isAfter(firstDay.plusDays(30));

        assertSameTurnover(new DayRange(firstDay.minusDays(1), lastDay.plusDays(1)));
        for (int range = 0; range < 12; range++) {
            LocalDate from = firstDay.plusDays(random.nextInt((int) new DayRange(firstDay, lastDay).days()));
            LocalDate to = from.plusDays(random.nextInt(10));
            assertSameTurnover(new DayRange(from, to));
        }
        for (LocalDate day : new DayRange(firstDay, lastDay).eachDay()) {
            assertSameTurnover(new DayRange(day, day));
        }
    }

    @Test
    void aSettlementUndoneByTheDatabaseTransactionLeavesNothingInTheRollup() {
        desk.settledSale(shops.get(0), 1_000, "PLN");
        DayRange today = new DayRange(today(), today());
        List<CurrencyTurnover> before = rollup.perCurrency(merchant.id(), today);

        assertThatThrownBy(() -> desk.settledSale(shops.get(0), 2_000, "Order rolled back", "ROLLBACK-PROBE"))
                .hasMessageContaining("listener failed");

        assertThat(rollup.perCurrency(merchant.id(), today)).isEqualTo(before)
                .containsExactly(new CurrencyTurnover("PLN", 1_000, 1, 0));
        assertSameTurnover(today);
    }

    @Test
    void refusedSalesAreNoTurnoverAndRefundsReduceIt() {
        desk.rejectedSale(shops.get(0), 700);
        Transaction sale = desk.settledSale(shops.get(1), 5_000, "EUR");
        assertThat(sale.status()).isEqualTo(TransactionStatus.SETTLED);
        desk.refund(sale, 1_250);

        DayRange today = new DayRange(today(), today());
        assertThat(rollup.perCurrency(merchant.id(), today))
                .containsExactly(new CurrencyTurnover("EUR", 3_750, 1, 1));
        assertSameTurnover(today);
    }

    private void refundSomeOfOne(List<Transaction> settled, Random random) {
        Transaction sale = settled.get(random.nextInt(settled.size()));
        long remaining = refunds.quote(sale).remaining();
        if (remaining > 0) {
            desk.refund(sale, 1 + random.nextLong(remaining));
        }
    }

    private void assertSameTurnover(DayRange range) {
        List<CurrencyTurnover> raw = jdbc.sql(RAW_TURNOVER)
                .params(merchant.id(), Timestamp.from(range.start()), Timestamp.from(range.end()))
                .query((rs, row) -> new CurrencyTurnover(rs.getString("currency"), rs.getLong("turnover"),
                        rs.getLong("sales"), rs.getLong("refunds")))
                .list();
        assertThat(rollup.perCurrency(merchant.id(), range)).as("%s", range).isEqualTo(raw);
    }

    private LocalDate today() {
        return DayRange.today(clock);
    }
}
