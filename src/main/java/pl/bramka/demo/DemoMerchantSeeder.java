package pl.bramka.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.integration.InvoicingMode;
import pl.bramka.integration.InvoicingSettings;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.integration.ShopInvoicing;
import pl.bramka.link.LinkKind;
import pl.bramka.link.NewLink;
import pl.bramka.link.PayerField;
import pl.bramka.link.PaymentLinks;
import pl.bramka.merchant.CompanyData;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.operator.OperatorAccounts;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.report.AccountantReports;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.Tokens;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.UserManagement;

/** Seeds the demo merchant on the first start of an empty database in demo mode, as Jenkins does its first login. */
@Component
@ConditionalOnProperty(name = "bramka.demo", havingValue = "true")
class DemoMerchantSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMerchantSeeder.class);
    /**
     * Complete legal data, so built-in invoicing can be switched on at once; the NIP is the textbook example with a
     * valid check digit, no real company's.
     */
    static final CompanyData DEMO_COMPANY = new CompanyData("Demo Sklep sp. z o.o.", "1234563218", null,
            "ul. Przykładowa 1, 00-001 Warszawa");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final MerchantManagement merchants;
    private final UserManagement users;
    private final ShopManagement shops;
    private final ShopCredentials shopCredentials;
    private final PaymentLinks paymentLinks;
    private final TransactionTemplate transaction;
    private final DemoSettings settings;
    private final OperatorAccounts operators;
    private final DemoHistory history;
    private final PayoutDesk payouts;
    private final InvoicingSettings invoicing;
    private final AccountantReports reports;
    private final Clock clock;

    DemoMerchantSeeder(MerchantManagement merchants, UserManagement users, ShopManagement shops,
            ShopCredentials shopCredentials, PaymentLinks paymentLinks, TransactionTemplate transaction,
            DemoSettings settings, OperatorAccounts operators, DemoHistory history, PayoutDesk payouts,
            InvoicingSettings invoicing, AccountantReports reports, Clock clock) {
        this.merchants = merchants;
        this.users = users;
        this.shops = shops;
        this.shopCredentials = shopCredentials;
        this.paymentLinks = paymentLinks;
        this.transaction = transaction;
        this.settings = settings;
        this.operators = operators;
        this.history = history;
        this.payouts = payouts;
        this.invoicing = invoicing;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Seeded seeded = transaction.execute(status -> merchants.anyRegistered() ? null : seed());
        if (seeded == null) {
            return;
        }
        Map<String, String> credentials = seeded.credentials();
        write(credentials);
        log.info("Demo merchant created. Sign in at /login (the operator at /operator/login) with:");
        credentials.forEach((key, value) -> log.info("  {} = {}", key, value));
        log.info("These logins are also in {}", settings.credentialsFile().toAbsolutePath());
        if (settings.historyDays() > 0) {
            // Hundreds of payments take a while: the application is usable meanwhile, and the history appears at once
            new Thread(() -> writeHistory(seeded, settings.historyDays(), settings.invoicedDays()), "demo-history")
                    .start();
        }
    }

    /** The demo merchant, its shop, its Representative and the logins to write. */
    record Seeded(UUID merchantId, UUID serviceId, UUID representative, Map<String, String> credentials) {
    }

    /**
     * The history of the last {@code days} days, the last {@code invoicedDays} of them invoiced (the Representative
     * switches built-in invoicing on as the integration tab does, and the invoice job issues what settling queued),
     * its payouts, and then last month's report for the accountant in {@code /reports/generated}.
     */
    void writeHistory(Seeded seeded, int days, int invoicedDays) {
        LocalDate today = LocalDate.now(clock.withZone(DayRange.WARSAW));
        int written = transaction.execute(status -> history.write(seeded.merchantId(), seeded.serviceId(), today,
                days, today.minusDays(invoicedDays), () -> invoicing.set(seeded.merchantId(), seeded.serviceId(),
                        new ShopInvoicing(InvoicingMode.BUILT_IN, "23", null), seeded.representative())));
        log.info("Demo history: {} settled sales and refunds over {} days (the last {} invoiced), settled into {} "
                + "payouts", written, days, Math.min(days, invoicedDays), payouts.settleHistoryOf(seeded.merchantId()));
        reports.generateLastMonth(seeded.merchantId(), seeded.representative(), Locale.forLanguageTag("pl"));
    }

    private Seeded seed() {
        UUID merchantId = merchants.onboard(DEMO_COMPANY);
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("merchantId", merchants.publicIdOf(merchantId));
        UUID representative = addUser(credentials, merchantId, "representative", "Anna", "Nowak",
                Role.REPRESENTATIVE);
        addUser(credentials, merchantId, "finance-active", "Piotr", "Kowalski", Role.FINANCE_ACTIVE);
        addUser(credentials, merchantId, "finance-passive", "Ewa", "Wiśniewska", Role.FINANCE_PASSIVE);
        addUser(credentials, merchantId, "technical", "Tomasz", "Wójcik", Role.TECHNICAL);
        UUID serviceId = shops.registerDemoShop(merchantId);
        credentials.put("serviceId", serviceId.toString());
        credentials.put("serviceKey", shopCredentials.currentKey(serviceId));
        credentials.put("apiToken", shopCredentials.issueApiToken(merchantId, serviceId, "Demo", representative));
        addPaymentLinks(merchantId, serviceId);
        operators.createDemoOperator().ifPresent(credentials::putAll);
        return new Seeded(merchantId, serviceId, representative, credentials);
    }

    /** A one-time link and a reusable one where the payer chooses how much to give, to try the payer's pages. */
    private void addPaymentLinks(UUID merchantId, UUID serviceId) {
        paymentLinks.create(merchantId, new NewLink(LinkKind.ONE_TIME, serviceId, "Rower miejski", "Zamówienie 1/2026",
                "PLN", 129_900L, null, null, "DEMO/1", "Jan Kowalski", "jan.kowalski@example.com", null, null, null,
                Set.of(), "Anna Nowak"));
        paymentLinks.create(merchantId, new NewLink(LinkKind.REUSABLE, serviceId, "Wsparcie schroniska",
                "Dowolna kwota od 5 do 500 zł", "PLN", null, 500L, 50_000L, null, null, null, null, null, null,
                Set.of(PayerField.NAME, PayerField.EMAIL), "Anna Nowak"));
    }

    private UUID addUser(Map<String, String> credentials, UUID merchantId, String key, String firstName,
            String lastName, Role role) {
        String email = key + "@demo.bramka.localhost";
        String password = randomPassword();
        UUID id = users.createActiveUser(merchantId, email, firstName, lastName, role, password);
        credentials.put(key + ".email", email);
        credentials.put(key + ".password", password);
        return id;
    }

    private void write(Map<String, String> credentials) throws IOException {
        Properties properties = new Properties();
        properties.putAll(credentials);
        if (settings.credentialsFile().getParent() != null) {
            Files.createDirectories(settings.credentialsFile().getParent());
        }
        try (Writer writer = Files.newBufferedWriter(settings.credentialsFile(), StandardCharsets.UTF_8)) {
            properties.store(writer, "Bramka demo logins, written on the first start of an empty database");
        }
    }

    private static String randomPassword() {
        return Tokens.random(PASSWORD_ALPHABET, 16);
    }
}
