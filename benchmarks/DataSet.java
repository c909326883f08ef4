import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmarks' data set: a merchant's year of payments over its shops, written as PostgreSQL COPY text (one
 * stream per table, each to its file or FIFO in DIR) in the shapes the product writes them: the payment, its sale and
 * order, the state machine's timeline, the commission of the shop's table, a settled refund of some sales the day
 * after, the payout items and each shop's daily payout (sales − refunds − commissions, a balance at or below zero
 * carried to the next one, as pl.bramka.payout.Settlement does), the settlement runs, and for the last NOTIFIED_DAYS
 * days each settled transaction's delivered status notification. The same arguments give the same rows.
 *
 * <p>Usage: java DataSet.java DIR TRANSACTIONS MERCHANT_ID FIRST_DAY LAST_DAY SHOPS_FILE RATES_FILE. SHOPS_FILE has
 * "service_id iban" lines; RATES_FILE "method currency percent_bp fixed_fee" lines of the shops' commission table.
 */
public class DataSet {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final int NOTIFIED_DAYS = 30;
    static final String[] FIRST_NAMES = {"Anna", "Piotr", "Ewa", "Tomasz", "Maria", "Jan", "Zofia", "Adam"};
    static final String[] LAST_NAMES = {"Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski"};
    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    record Shop(int number, String serviceId, String iban) {
    }

    record Sale(String id, String paymentId, Shop shop, String currency, long amount, String orderId, String payer,
            String email, String method, String methodName, Instant at) {
    }

    /** The running balance of one shop and currency between payouts. */
    static final class Account {
        long sales;
        long refunds;
        long commission;
        long carried;
        boolean anyTransaction;
    }

    final SplittableRandom random = new SplittableRandom(20261207L);
    final Map<String, Table> tables = new LinkedHashMap<>();
    final String merchant;
    final List<Shop> shops;
    final Map<String, long[]> rates;
    final LocalDate firstDay;
    final LocalDate lastDay;
    final long salesPerDay;
    long orderNumber;
    long statusChangeId;
    long payoutItemId;
    long notificationId;
    final Map<String, Account> accounts = new HashMap<>();
    final List<Object[]> refundsTomorrow = new ArrayList<>();

    DataSet(Path dir, long transactions, String merchant, LocalDate firstDay, LocalDate lastDay, List<Shop> shops,
            Map<String, long[]> rates) throws IOException {
        this.merchant = merchant;
        this.shops = shops;
        this.rates = rates;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        long days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
        // About 4.5% of the sales get a refund, which is a transaction too.
        this.salesPerDay = Math.max(1, Math.round(transactions / 1.045 / days));
        for (String name : List.of("payment", "payment_transaction", "payment_order", "transaction_status_change",
                "payout", "payout_item", "payout_run", "notification", "notification_attempt")) {
            tables.put(name, new Table(dir.resolve(name)));
        }
    }

    public static void main(String[] args) throws IOException {
        List<Shop> shops = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[5]))) {
            String[] parts = line.trim().split("\\s+");
            shops.add(new Shop(shops.size() + 1, parts[0], parts[1]));
        }
        Map<String, long[]> rates = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[6]))) {
            String[] parts = line.trim().split("\\s+");
            rates.put(parts[0] + "/" + parts[1], new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])});
        }
        DataSet dataSet = new DataSet(Path.of(args[0]), Long.parseLong(args[1]), args[2], LocalDate.parse(args[3]),
                LocalDate.parse(args[4]), shops, rates);
        dataSet.write();
    }

    void write() throws IOException {
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            boolean notified = day.isAfter(lastDay.minusDays(NOTIFIED_DAYS));
            List<Object[]> refunds = new ArrayList<>(refundsTomorrow);
            refundsTomorrow.clear();
            for (Object[] refund : refunds) {
                refund(day, (Sale) refund[0], (Long) refund[1], notified);
            }
            List<Sale> sales = salesOf(day);
            for (Sale sale : sales) {
                sale(day, sale, notified);
            }
            payOut(day);
        }
        for (Table table : tables.values()) {
            table.close();
        }
    }

    /** The day's sales in the order they happened, over the shops (the first ones busier, as real merchants' are). */
    List<Sale> salesOf(LocalDate day) {
        long dayStart = day.atStartOfDay(WARSAW).toEpochSecond();
        long[] seconds = new long[(int) salesPerDay];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = dayStart + 8 * 3600 + random.nextLong(14 * 3600);
        }
        java.util.Arrays.sort(seconds);
        List<Sale> sales = new ArrayList<>(seconds.length);
        for (long second : seconds) {
            double r = random.nextDouble();
            Shop shop = shops.get((int) (shops.size() * r * r));
            int kind = random.nextInt(20);
            String currency = kind < 2 ? "EUR" : "PLN";
            String method = kind < 4 ? "ecom3ds" : kind < 6 ? "mtransfer" : "blik";
            String methodName = switch (method) {
                case "ecom3ds" -> "card";
                case "mtransfer" -> "pbl";
                default -> "blik";
            };
            orderNumber++;
            int client = random.nextInt(5000);
            String payer = FIRST_NAMES[client % FIRST_NAMES.length] + " " + LAST_NAMES[client % LAST_NAMES.length];
            sales.add(new Sale(uuid(), uuid(), shop, currency, 1_000 + random.nextLong(49_000),
                    "ORDER-" + day.format(DAY) + "-" + orderNumber, payer, "klient" + client + "@example.com", method,
                    methodName, Instant.ofEpochSecond(second, random.nextInt(1_000_000) * 1000L)));
        }
        return sales;
    }

    void sale(LocalDate day, Sale sale, boolean notified) throws IOException {
        int outcome = random.nextInt(100);
        String status = outcome < 90 ? "settled" : outcome < 97 ? "rejected" : "cancelled";
        Instant at = sale.at();
        Instant modified = at.plusSeconds(status.equals("settled") ? 60 : status.equals("rejected") ? 30 : 900);
        String[] name = sale.payer().split(" ");
        tables.get("payment").row(sale.paymentId(), merchant, sale.shop().serviceId(), "api", status, sale.amount(),
                sale.currency(), sale.orderId(), "Zamówienie " + sale.orderId(), null, name[0], name[1], sale.email(),
                null, null, null, null, null, null, null, null, null, "pl", null, at, modified, null);
        Long commission = null;
        long refunded = 0;
        if (status.equals("settled")) {
            long[] rate = rates.getOrDefault(sale.method() + "/" + sale.currency(), new long[] {0, 0});
            commission = BigDecimal.valueOf(sale.amount()).multiply(BigDecimal.valueOf(rate[0]))
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact() + rate[1];
            if (random.nextInt(20) == 0 && day.isBefore(lastDay)) {
                refunded = random.nextBoolean() ? sale.amount() : Math.max(1, sale.amount() / (2 + random.nextInt(4)));
                refundsTomorrow.add(new Object[] {sale, refunded});
            }
        }
        transaction(sale.id(), sale.paymentId(), sale.shop(), "sale", status, "api", sale.amount(), sale.currency(),
                sale.orderId(), "Zamówienie " + sale.orderId(), sale.methodName(), sale.method(), null, commission,
                sale.payer(), sale.email(), at, modified);
        tables.get("payment_order").row(sale.shop().serviceId(), sale.orderId(), merchant, sale.currency(), 1, status,
                status.equals("settled") ? sale.amount() : 0, refunded, at, at);
        statusChange(sale.id(), null, "new", "CREATE", at);
        switch (status) {
            case "settled" -> {
                statusChange(sale.id(), "new", "pending", "START", at.plusSeconds(5));
                statusChange(sale.id(), "pending", "settled", "SETTLE", modified);
                settled(day, sale.shop(), sale.currency(), "sale", sale.id(), sale.paymentId(), sale.amount(),
                        commission, modified, notified);
            }
            case "rejected" -> {
                statusChange(sale.id(), "new", "pending", "START", at.plusSeconds(5));
                statusChange(sale.id(), "pending", "rejected", "REJECT", modified);
            }
            default -> statusChange(sale.id(), "new", "cancelled", "EXPIRE", modified);
        }
    }

    void refund(LocalDate day, Sale sale, long amount, boolean notified) throws IOException {
        String id = uuid();
        long dayStart = day.atStartOfDay(WARSAW).toEpochSecond();
        Instant at = Instant.ofEpochSecond(dayStart + 9 * 3600 + random.nextLong(10 * 3600));
        Instant modified = at.plusSeconds(30);
        transaction(id, sale.paymentId(), sale.shop(), "refund", "settled", "web", amount, sale.currency(),
                sale.orderId(), amount == sale.amount() ? "Zwrot towaru" : "Zwrot części zamówienia",
                sale.methodName(), sale.method(), sale.id(), null, sale.payer(), sale.email(), at, modified);
        statusChange(id, null, "new", "CREATE", at);
        statusChange(id, "new", "settled", "SETTLE", modified);
        settled(day, sale.shop(), sale.currency(), "refund", id, sale.paymentId(), amount, null, modified, notified);
    }

    void transaction(String id, String paymentId, Shop shop, String type, String status, String source, long amount,
            String currency, String orderId, String title, String methodName, String method, String saleId,
            Long commission, String payer, String email, Instant at, Instant modified) throws IOException {
        tables.get("payment_transaction").row(id, paymentId, merchant, shop.serviceId(), type, status, source, amount,
                currency, orderId, title, methodName, method, null, saleId, null, null, null, commission, null, null,
                null, at, modified, null, payer, email, null);
    }

    void statusChange(String transactionId, String from, String to, String event, Instant at) throws IOException {
        tables.get("transaction_status_change").row(++statusChangeId, transactionId, from, to, event, null, at);
    }

    /** A settled sale or refund: its payout item waits for the day's payout, and its notification was delivered. */
    void settled(LocalDate day, Shop shop, String currency, String kind, String transactionId, String paymentId,
            long amount, Long commission, Instant at, boolean notified) throws IOException {
        Account account = accounts.computeIfAbsent(shop.serviceId() + "/" + currency, key -> new Account());
        long signed = kind.equals("sale") ? amount : -amount;
        long fee = commission == null ? 0 : commission;
        if (kind.equals("sale")) {
            account.sales += amount;
        }
        else {
            account.refunds += amount;
        }
        account.commission += fee;
        account.anyTransaction = true;
        tables.get("payout_item").pending(shop.serviceId() + "/" + currency,
                new Object[] {++payoutItemId, null, merchant, shop.serviceId(), currency, kind, transactionId, null,
                        signed, fee, at});
        if (notified) {
            notification(shop, transactionId, paymentId, kind, amount, currency, at);
        }
    }

    void notification(Shop shop, String transactionId, String paymentId, String kind, long amount, String currency,
            Instant at) throws IOException {
        long id = ++notificationId;
        String host = "sklep" + shop.number() + ".example.com";
        String url = "https://" + host + "/bramka/notify";
        String body = "{\"transaction\":{\"id\":\"" + transactionId + "\",\"type\":\"" + kind
                + "\",\"status\":\"settled\",\"source\":\"api\",\"created\":" + at.getEpochSecond()
                + ",\"modified\":" + at.getEpochSecond() + ",\"serviceId\":\"" + shop.serviceId() + "\",\"amount\":"
                + amount + ",\"currency\":\"" + currency + "\"},\"payment\":{\"id\":\"" + paymentId
                + "\",\"status\":\"settled\"}}";
        Instant delivered = at.plusMillis(150 + random.nextInt(200));
        tables.get("notification").row(id, uuid(), merchant, shop.serviceId(), paymentId, paymentId, transactionId,
                "STATUS", null, "settled", url, "SHOP", host, new Bytes(body.getBytes(StandardCharsets.UTF_8)),
                "DELIVERED", 1, at, null, "DELIVERED", 200, at, delivered);
        tables.get("notification_attempt").row(id, 1, "bench", url, at.plusMillis(20), delivered, "DELIVERED", 200,
                delivered.toEpochMilli() - at.toEpochMilli() - 20, null, "{\"status\":\"ok\"}", null);
    }

    /** The settlement run of the day, just after its cut-off (midnight in Warsaw): one payout per shop and currency. */
    void payOut(LocalDate day) throws IOException {
        Instant end = day.plusDays(1).atStartOfDay(WARSAW).toInstant();
        Instant made = end.plusSeconds(62);
        int payouts = 0;
        for (Map.Entry<String, Account> entry : accounts.entrySet()) {
            Account account = entry.getValue();
            if (!account.anyTransaction) {
                continue;
            }
            String[] key = entry.getKey().split("/");
            Shop shop = shopOf(key[0]);
            long amount = account.sales - account.refunds - account.commission + account.carried;
            boolean payable = amount > 0;
            String id = uuid();
            tables.get("payout").row(id, merchant, shop.serviceId(), key[1], day, payable ? "sent" : "carried",
                    account.sales, account.refunds, account.commission, account.carried, amount, shop.iban(), made,
                    payable ? made : null, null);
            tables.get("payout_item").release(entry.getKey(), id);
            payouts++;
            Account next = new Account();
            if (!payable) {
                // The balance becomes an item of the shop's next payout, as Settlement's carried balance does.
                next.carried = amount;
                long itemId = ++payoutItemId;
                tables.get("payout_item").pending(entry.getKey(), new Object[] {itemId, null, merchant,
                        shop.serviceId(), key[1], "carried", null, id, amount, 0L, end});
            }
            entry.setValue(next);
        }
        tables.get("payout_run").row(day, end.plusSeconds(60), made.plusSeconds(1), 1_500, payouts);
    }

    final Map<String, Shop> shopsById = new HashMap<>();

    Shop shopOf(String serviceId) {
        if (shopsById.isEmpty()) {
            shops.forEach(shop -> shopsById.put(shop.serviceId(), shop));
        }
        return shopsById.get(serviceId);
    }

    String uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL)
                | 0x8000000000000000L).toString();
    }

    /** A bytea value. */
    record Bytes(byte[] value) {
    }

    /**
     * One table's COPY text. Payout items wait in memory until their payout is made (the item carries its payout's
     * id), grouped by shop and currency; items still waiting at the end are written without one.
     */
    static final class Table {
        private final OutputStream out;
        private final StringBuilder line = new StringBuilder(512);
        private final Map<String, List<Object[]>> waiting = new HashMap<>();

        Table(Path path) throws IOException {
            out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20);
        }

        void pending(String account, Object[] values) {
            waiting.computeIfAbsent(account, key -> new ArrayList<>()).add(values);
        }

        void release(String account, String payoutId) throws IOException {
            List<Object[]> items = waiting.remove(account);
            if (items == null) {
                return;
            }
            for (Object[] item : items) {
                item[1] = payoutId;
                row(item);
            }
        }

        void row(Object... values) throws IOException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                append(values[i]);
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }

        private void append(Object value) {
            if (value == null) {
                line.append("\\N");
            }
            else if (value instanceof Bytes bytes) {
                line.append("\\\\x");
                for (byte b : bytes.value()) {
                    line.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
                }
            }
            else {
                // Generated text never holds tabs, newlines or backslashes, so nothing needs escaping.
                line.append(value);
            }
        }

        void close() throws IOException {
            for (List<Object[]> items : waiting.values()) {
                for (Object[] item : items) {
                    row(item);
                }
            }
            out.close();
        }
    }
}
