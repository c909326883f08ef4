package pl.bramka.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.SettledSales;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** Refunds ordered in the panel: the form's checks, one refund per form, the sale's limit, four-eyes approval. */
class RefundPanelTests extends IntegrationTest {

    @Autowired
    SettledSales sales;

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    Refunds refunds;

    @Autowired
    InterruptedApprovals interruptedApprovals;

    TestMerchant merchant;
    TestShop shop;
    SignedInUser financeActive;
    SignedInUser representative;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        financeActive = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
    }

    @Test
    void aSubmittedFormRefundsOnceEvenWhenSentTwice() throws Exception {
        Transaction sale = sales.settled(shop, 100_00);
        String form = page("/transactions/" + sale.id() + "/refund", financeActive);
        assertThat(form).contains("value=\"100,00\"");
        String token = tokenIn(form);

        assertThat(confirm(sale, financeActive, token, "partial", "30,00").getRedirectedUrl())
                .isEqualTo("/transactions/" + sale.id());
        confirm(sale, financeActive, token, "partial", "30,00");

        assertThat(refunded(sale)).isEqualTo(30_00);
        assertThat(payments.refundsOf(sale)).hasSize(1);
        assertThat(page("/transactions/" + sale.id(), financeActive)).contains("70,00");
    }

    @Test
    void wrongAmountsGetClearMessagesAndWriteNothing() throws Exception {
        Transaction sale = sales.settled(shop, 20_00);
        String token = tokenIn(page("/transactions/" + sale.id() + "/refund", financeActive));

        assertThat(review(sale, token, "partial", "25,00")).contains("nie może przekraczać", "20,00");
        assertThat(review(sale, token, "partial", "0")).contains("musi być większa od zera");
        assertThat(review(sale, token, "partial", "-3")).contains("musi być większa od zera");
        assertThat(review(sale, token, "partial", "12,345")).contains("Podaj kwotę większą od zera");
        assertThat(review(sale, token, "partial", "dwa złote")).contains("Podaj kwotę większą od zera");
        assertThat(review(sale, "short", "full", "")).contains("Formularz wygasł");
        assertThat(confirm(sale, financeActive, token, "partial", "25,00").getStatus()).isEqualTo(200);
        assertThat(refunded(sale)).isZero();

        assertThat(review(sale, token, "full", "")).contains("id=\"confirm-refund\"", "20,00");
    }

    @Test
    void aFullRefundLeavesNothingToRefundAndNoButton() throws Exception {
        Transaction sale = sales.settled(shop, 15_00);
        confirm(sale, financeActive, newToken(), "partial", "5,00");
        confirm(sale, financeActive, newToken(), "full", "");
        assertThat(refunded(sale)).isEqualTo(15_00);
        assertThat(page("/transactions/" + sale.id(), financeActive)).doesNotContain("id=\"refund\"");
        MockHttpServletResponse form = mvc.perform(get("/transactions/" + sale.id() + "/refund")
                .with(user(financeActive))).andReturn().getResponse();
        assertThat(form.getRedirectedUrl()).isEqualTo("/transactions/" + sale.id());
        assertThat(review(sale, newToken(), "full", "")).contains("nie pozostało nic do zwrotu");
    }

    @Test
    void financePassiveCannotRefund() throws Exception {
        Transaction sale = sales.settled(shop, 15_00);
        SignedInUser passive = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
        assertThat(page("/transactions/" + sale.id(), passive)).doesNotContain("id=\"refund\"");
        assertThat(confirm(sale, passive, newToken(), "full", "").getStatus()).isEqualTo(403);
        assertThat(refunded(sale)).isZero();
    }

    @Test
    void fiftyConcurrentRefundsNeverExceedTheSale() throws Exception {
        Transaction sale = sales.settled(shop, 100_00);
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                requests.add(() -> confirm(sale, financeActive, newToken(), "partial", "3,00").getStatus());
            }
            for (Future<Integer> answer : threads.invokeAll(requests)) {
                assertThat(answer.get()).isIn(200, 302);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(refunded(sale)).isEqualTo(99_00);
        assertThat(payments.refundsOf(sale)).hasSize(33);
    }

    @Test
    void aRefundAtTheThresholdWaitsForAnotherUsersApproval() throws Exception {
        mvc.perform(post("/settings/refunds").param("thresholds[PLN]", "50,00").with(user(representative))
                .with(csrf()));
        Transaction sale = sales.settled(shop, 80_00);

        String review = review(sale, newToken(), "partial", "50,00");
        assertThat(review).contains("id=\"approval-needed\"");
        confirm(sale, financeActive, newToken(), "partial", "50,00");
        assertThat(refunded(sale)).isZero();
        MimeMessage mail = Mailbox.awaitMessage(MAIL, merchant.email(Role.REPRESENTATIVE), "Zwrot do zatwierdzenia");
        assertThat(Mailbox.linkIn(mail)).endsWith("/transactions/" + sale.id());
        assertThat(page("/transactions/" + sale.id() + "/refund", financeActive)).as("the pending 50 is not offered")
                .contains("value=\"30,00\"");

        UUID request = jdbc.sql("select id from refund_request where sale_id = ?").param(sale.id())
                .query(UUID.class).single();
        decide(sale, request, financeActive, "approve");
        assertThat(refunded(sale)).as("nobody approves their own request").isZero();
        assertThatThrownBy(() -> jdbc.sql("update refund_request set decided_by = requested_by where id = ?")
                .param(request).update()).isInstanceOf(DataIntegrityViolationException.class);

        decide(sale, request, representative, "approve");
        assertThat(refunded(sale)).isEqualTo(50_00);
        assertThat(Mailbox.body(Mailbox.awaitMessage(MAIL, merchant.email(Role.FINANCE_ACTIVE), "Zwrot zatwierdzony")))
                .contains("50,00");
        decide(sale, request, representative, "approve");
        assertThat(refunded(sale)).as("a request is approved once").isEqualTo(50_00);
    }

    @Test
    void theThresholdAppliesToWhatTheSaleHasRefundedAwaitsAndIsAskedSoRefundsCannotBeSplitAroundIt()
            throws Exception {
        mvc.perform(post("/settings/refunds").param("thresholds[PLN]", "50,00").with(user(representative))
                .with(csrf()));
        Transaction sale = sales.settled(shop, 100_00);
        confirm(sale, financeActive, newToken(), "partial", "30,00");
        assertThat(refunded(sale)).as("30 of 50 needs nobody else").isEqualTo(30_00);

        assertThat(review(sale, newToken(), "partial", "20,00")).as("30 refunded + 20 reaches 50")
                .contains("id=\"approval-needed\"");
        confirm(sale, financeActive, newToken(), "partial", "20,00");
        assertThat(refunded(sale)).isEqualTo(30_00);
        assertThat(review(sale, newToken(), "partial", "1,00")).as("30 refunded + 20 awaiting + 1")
                .contains("id=\"approval-needed\"");
        confirm(sale, financeActive, newToken(), "partial", "1,00");

        assertThat(refunded(sale)).isEqualTo(30_00);
        assertThat(jdbc.sql("select amount from refund_request where sale_id = ? and status = 'PENDING' "
                + "order by amount").param(sale.id()).query(Long.class).list()).containsExactly(1_00L, 20_00L);
    }

    @Test
    void twoRefundsOrderedAtOnceJustUnderTheThresholdStillNeedTheSecondPerson() throws Exception {
        mvc.perform(post("/settings/refunds").param("thresholds[PLN]", "50,00").with(user(representative))
                .with(csrf()));
        Transaction sale = sales.settled(shop, 100_00);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> order = () -> confirm(sale, financeActive, newToken(), "partial", "30,00").getStatus();
            for (Future<Integer> answer : tabs.invokeAll(List.of(order, order))) {
                assertThat(answer.get()).isEqualTo(302);
            }
        } finally {
            tabs.shutdown();
        }

        assertThat(refunded(sale)).isEqualTo(30_00);
        assertThat(jdbc.sql("select amount from refund_request where sale_id = ? and status = 'PENDING'")
                .param(sale.id()).query(Long.class).list()).containsExactly(30_00L);
    }

    @Test
    void aRejectedRequestRefundsNothingAndAnApprovalThatNoLongerFitsFailsClearly() throws Exception {
        mvc.perform(post("/settings/refunds").param("thresholds[PLN]", "10,00").with(user(representative))
                .with(csrf()));
        Transaction sale = sales.settled(shop, 80_00);
        confirm(sale, financeActive, newToken(), "partial", "20,00");
        confirm(sale, financeActive, newToken(), "partial", "50,00");
        List<UUID> requests = jdbc.sql("select id from refund_request where sale_id = ? order by amount")
                .param(sale.id()).query(UUID.class).list();

        decide(sale, requests.get(0), representative, "reject");
        assertThat(Mailbox.awaitMessage(MAIL, merchant.email(Role.FINANCE_ACTIVE), "Zwrot odrzucony")).isNotNull();
        refunds.refund(sale, 40_00, "Zwrot przez API", PaymentSource.API);
        decide(sale, requests.get(1), representative, "approve");

        assertThat(refunded(sale)).isEqualTo(40_00);
        assertThat(jdbc.sql("select status || ' ' || coalesce(failure, '') from refund_request where sale_id = ? "
                + "order by amount").param(sale.id()).query(String.class).list())
                .containsExactly("REJECTED ", "FAILED AMOUNT_ABOVE_REMAINING");
        assertThat(page("/transactions/" + sale.id(), representative)).contains("Nie wykonany",
                "Kwota zwrotu przekracza kwotę, która pozostała do zwrotu.");
        assertThat(Mailbox.awaitMessage(MAIL, merchant.email(Role.FINANCE_ACTIVE), "Zwrot niewykonany")).isNotNull();
    }

    @Test
    void anApprovalInterruptedBeforeItsRefundIsCompletedOnceByTheRecoveryJob() throws Exception {
        mvc.perform(post("/settings/refunds").param("thresholds[PLN]", "10,00").with(user(representative))
                .with(csrf()));
        Transaction sale = sales.settled(shop, 80_00);
        confirm(sale, financeActive, newToken(), "partial", "25,00");
        UUID request = jdbc.sql("select id from refund_request where sale_id = ?").param(sale.id())
                .query(UUID.class).single();
        jdbc.sql("update refund_request set status = 'APPROVED', decided_by = ?, decided_at = now() where id = ?")
                .params(representative.id(), request).update();

        interruptedApprovals.completeInterrupted();
        assertThat(refunded(sale)).as("an approval still in its approver's hands is left alone").isZero();

        clock.advance(Duration.ofMinutes(3));
        interruptedApprovals.completeInterrupted();
        interruptedApprovals.completeInterrupted();

        assertThat(refunded(sale)).isEqualTo(25_00);
        assertThat(jdbc.sql("select refund_id is not null from refund_request where id = ?").param(request)
                .query(Boolean.class).single()).isTrue();
    }

    private String page(String path, SignedInUser as) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(as))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String review(Transaction sale, String token, String kind, String amount) throws Exception {
        return mvc.perform(post("/transactions/" + sale.id() + "/refund").param("token", token).param("kind", kind)
                .param("amount", amount).param("title", "Zwrot").with(user(financeActive)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletResponse confirm(Transaction sale, SignedInUser as, String token, String kind,
            String amount) throws Exception {
        return mvc.perform(post("/transactions/" + sale.id() + "/refund/confirm").param("token", token)
                .param("kind", kind).param("amount", amount).param("title", "Zwrot").with(user(as)).with(csrf()))
                .andReturn().getResponse();
    }

    private void decide(Transaction sale, UUID request, SignedInUser as, String decision) throws Exception {
        mvc.perform(post("/transactions/" + sale.id() + "/refund-requests/" + request + "/" + decision)
                .with(user(as)).with(csrf()));
    }

    private long refunded(Transaction sale) {
        return jdbc.sql("select coalesce(sum(amount), 0) from payment_transaction where sale_id = ? "
                + "and status = 'settled'").param(sale.id()).query(Long.class).single();
    }

    private static String tokenIn(String form) {
        return form.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
    }

    private static String newToken() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
