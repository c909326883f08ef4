package pl.bramka.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.Customer;
import pl.bramka.payment.HistoricalSales;
import pl.bramka.payment.HistoricalSales.PastSale;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.DayRange;

/**
 * The demo shop's past: a few settled sales every day (BLIK mostly, cards, a bank transfer now and then, some in
 * euro) and refunds of some of them, partial and full, the day after. The same for every first start on a
 * given day (a fixed seed), planned first and then written through the payment module's {@link HistoricalSales} in
 * bulk, so the dashboard's rollup and the payout items follow from the same events as live payments.
 */
@Component
class DemoHistory {

    private static final long SEED = 20261207L;
    private static final String[] FIRST_NAMES = {"Anna", "Piotr", "Ewa", "Tomasz", "Maria", "Jan", "Zofia", "Adam"};
    private static final String[] LAST_NAMES = {"Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski"};
    private static final Map<String, String> BILLING = Map.of("street", "ul. Polna 1", "postalCode", "00-001",
            "city", "Warszawa");

    /** Sales written per statement: a few thousand parameters, well below the 65,535 a statement may carry. */
    private static final int BATCH = 100;

    private final HistoricalSales history;

    DemoHistory(HistoricalSales history) {
        this.history = history;
    }

    /**
     * Sales of the {@code days} days before {@code today}, and their refunds; returns how many transactions.
     * {@code invoicingSwitchedOn} runs just before the first sale of day {@code invoicedFrom} is written (never if
     * that day is not in the history), so the sales from that day on, and their refunds, are invoiced by the
     * product's own rule and the earlier ones are not.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int write(UUID merchantId, UUID serviceId, LocalDate today, int days, LocalDate invoicedFrom,
            Runnable invoicingSwitchedOn) {
        Random random = new Random(SEED);
        List<PastSale> sales = new ArrayList<>();
        List<PlannedRefund> refunds = new ArrayList<>();
        List<Integer> refundable = new ArrayList<>();
        int order = 1;
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            int salesOfDay = 2 + random.nextInt(4);
            for (int sale = 0; sale < salesOfDay; sale++) {
                Instant at = day.atTime(LocalTime.of(8 + random.nextInt(14), random.nextInt(60)))
                        .atZone(DayRange.WARSAW).toInstant();
                int kind = random.nextInt(20);
                String currency = kind == 0 ? "EUR" : "PLN";
                String method = kind < 3 ? "ecom3ds" : kind < 5 ? "mtransfer" : "blik";
                long amount = 1_000 + random.nextInt(49_000);
                String orderId = "DEMO/" + day.getYear() + "/" + order++;
                Customer payer = new Customer(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                        LAST_NAMES[random.nextInt(LAST_NAMES.length)], "klient" + random.nextInt(500) + "@example.com",
                        null);
                sales.add(new PastSale(new NewPayment(serviceId, PaymentSource.WEB, amount, currency, orderId,
                        "Zamówienie " + orderId, null, payer, BILLING, null, ReturnUrls.none(), null, null, null, "pl",
                        null), method, at));
                if (random.nextInt(10) == 0) {
                    refundable.add(sales.size() - 1);
                }
            }
            refundSomeOf(sales, refundable, refunds, day, random);
        }
        int firstInvoiced = 0;
        while (firstInvoiced < sales.size()
                && LocalDate.ofInstant(sales.get(firstInvoiced).at(), DayRange.WARSAW).isBefore(invoicedFrom)) {
            firstInvoiced++;
        }
        List<Transaction> settled = new ArrayList<>(settle(merchantId, sales.subList(0, firstInvoiced)));
        if (firstInvoiced < sales.size()) {
            invoicingSwitchedOn.run();
            settled.addAll(settle(merchantId, sales.subList(firstInvoiced, sales.size())));
        }
        for (PlannedRefund refund : refunds) {
            history.settledRefund(settled.get(refund.sale()), refund.amount(), refund.title(), refund.at());
        }
        return settled.size() + refunds.size();
    }

    private List<Transaction> settle(UUID merchantId, List<PastSale> sales) {
        List<Transaction> settled = new ArrayList<>();
        for (int from = 0; from < sales.size(); from += BATCH) {
            settled.addAll(history.settledSales(merchantId, sales.subList(from, Math.min(sales.size(), from + BATCH))));
        }
        return settled;
    }

    /** A refund of the sale at index {@code sale} of the planned sales. */
    private record PlannedRefund(int sale, long amount, String title, Instant at) {
    }

    /** Refunds, the day after their sale: about half in full, the rest in part. */
    private static void refundSomeOf(List<PastSale> sales, List<Integer> waiting, List<PlannedRefund> refunds,
            LocalDate day, Random random) {
        for (Integer index : List.copyOf(waiting)) {
            PastSale sale = sales.get(index);
            LocalDate saleDay = LocalDate.ofInstant(sale.at(), DayRange.WARSAW);
            if (!day.isAfter(saleDay)) {
                continue;
            }
            long saleAmount = sale.request().amount();
            long amount = random.nextBoolean() ? saleAmount : Math.max(1, saleAmount / (2 + random.nextInt(4)));
            Instant at = day.atTime(LocalTime.of(9 + random.nextInt(10), random.nextInt(60)))
                    .atZone(DayRange.WARSAW).toInstant();
            refunds.add(new PlannedRefund(index, amount,
                    amount == saleAmount ? "Zwrot towaru" : "Zwrot części zamówienia", at));
            waiting.remove(index);
        }
    }
}
