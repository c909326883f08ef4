package pl.bramka.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.StatusChange;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;

/** Each button of the simulated pages gives its fixed answer, and only a pending transaction takes one. */
class SandboxPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    SandboxTimeouts timeouts;

    TestShop shop;

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void theBankApprovesRejectsOrLeavesThePaymentPending() throws Exception {
        Transaction approved = started("mtransfer", new PayerInput.None());
        String page = perform(get(SandboxPage.BANK.url(approved.id()))).getContentAsString();
        assertThat(page).contains("mBank — symulowany bank").contains("żadne prawdziwe pieniądze")
                .contains("value=\"approve\"").contains("value=\"reject\"").contains("value=\"leave-pending\"");
        assertThat(answer(SandboxPage.BANK, approved, "approve").getRedirectedUrl())
                .isEqualTo(PayerUrls.finished(approved));
        assertThat(timeline(approved)).containsExactly(TransactionStatus.NEW, TransactionStatus.PENDING,
                TransactionStatus.SETTLED);

        Transaction rejected = started("ipko", new PayerInput.None());
        answer(SandboxPage.BANK, rejected, "reject");
        assertThat(payments.transactionOfShop(shop.serviceId(), rejected.id()).orElseThrow().statusCode())
                .isEqualTo(SandboxPage.BANK_REJECTED);

        Transaction waiting = started("ing", new PayerInput.None());
        assertThat(answer(SandboxPage.BANK, waiting, "leave-pending").getRedirectedUrl())
                .isEqualTo(PayerUrls.finished(waiting));
        assertThat(payments.transactionOfShop(shop.serviceId(), waiting.id()).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
    }

    @Test
    void threeDSecureConfirmsThroughAuthorizationOrFailsAndWalletsAskForApproval() throws Exception {
        Transaction confirmed = started("ecom3ds", new PayerInput.Card(SandboxAcquirer.CARD_3DS, 12, 2029, "123"));
        assertThat(perform(get(SandboxPage.THREE_D_SECURE.url(confirmed.id()))).getContentAsString())
                .contains("3-D Secure").contains("value=\"confirm\"").contains("value=\"fail\"");
        answer(SandboxPage.THREE_D_SECURE, confirmed, "confirm");
        Transaction settled = payments.transactionOfShop(shop.serviceId(), confirmed.id()).orElseThrow();
        assertThat(settled.statusCode()).isEqualTo("CODE_000");
        assertThat(timeline(confirmed)).containsExactly(TransactionStatus.NEW, TransactionStatus.PENDING,
                TransactionStatus.AUTHORIZED, TransactionStatus.SETTLED);

        Transaction failed = started("ecom3ds", new PayerInput.Card(SandboxAcquirer.CARD_3DS, 12, 2029, "123"));
        answer(SandboxPage.THREE_D_SECURE, failed, "fail");
        assertThat(payments.transactionOfShop(shop.serviceId(), failed.id()).orElseThrow().statusCode()).isEqualTo("CODE_05");

        Transaction wallet = started("gpay", new PayerInput.None());
        assertThat(perform(get(SandboxPage.APPROVAL.url(wallet.id()))).getContentAsString())
                .contains("Google Pay — potwierdzenie płatności").doesNotContain("value=\"leave-pending\"");
        answer(SandboxPage.APPROVAL, wallet, "reject");
        assertThat(payments.transactionOfShop(shop.serviceId(), wallet.id()).orElseThrow().statusCode())
                .isEqualTo(SandboxPage.PAYER_REJECTED);
    }

    @Test
    void onlyAPendingTransactionOfThePagesKindIsAnswered() throws Exception {
        Transaction bank = started("mtransfer", new PayerInput.None());
        answer(SandboxPage.BANK, bank, "approve");
        MockHttpServletResponse again = answer(SandboxPage.BANK, bank, "reject");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("Status transakcji: zrealizowana")
                .contains("href=\"" + PayerUrls.finished(bank) + "\"");
        assertThat(payments.transactionOfShop(shop.serviceId(), bank.id()).orElseThrow().status()).isEqualTo(TransactionStatus.SETTLED);

        Transaction other = started("ipko", new PayerInput.None());
        assertThat(perform(get(SandboxPage.THREE_D_SECURE.url(other.id()))).getStatus()).isEqualTo(404);
        assertThat(perform(post(SandboxPage.APPROVAL.url(other.id())).param("outcome", "approve")).getStatus())
                .isEqualTo(404);
        assertThat(answer(SandboxPage.BANK, other, "confirm").getStatus()).as("not a button of the bank")
                .isEqualTo(200);
        assertThat(perform(get(SandboxPage.BANK.url(UUID.randomUUID()))).getStatus()).isEqualTo(404);
        assertThat(perform(get("/pay/sandbox/not-an-id/bank")).getStatus()).isEqualTo(404);
        assertThat(payments.transactionOfShop(shop.serviceId(), other.id()).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
    }

    @Test
    void aPaymentLeftPendingIsRejectedByTheSandboxWhenItsAcquirerTimeoutPassesAndTheShopIsTold() throws Exception {
        Transaction left = started("mtransfer", new PayerInput.None(), "https://sklep.example.com/notify");
        answer(SandboxPage.BANK, left, "leave-pending");
        clock.advance(timeouts.timeout().minusMinutes(1));
        Transaction younger = started("ing", new PayerInput.None());
        clock.advance(Duration.ofMinutes(2));

        timeouts.rejectUnanswered();

        Transaction rejected = payments.transactionOfShop(shop.serviceId(), left.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(TransactionStatus.REJECTED);
        assertThat(rejected.statusCode()).isEqualTo(SandboxTimeouts.TIMED_OUT);
        assertThat(timeline(left)).containsExactly(TransactionStatus.NEW, TransactionStatus.PENDING,
                TransactionStatus.REJECTED);
        assertThat(jdbc.sql("select event_status from notification where transaction_id = ? order by id")
                .param(left.id()).query(String.class).list()).as("notified like any refusal")
                .containsExactly("new", "pending", "rejected");
        assertThat(payments.transactionOfShop(shop.serviceId(), younger.id()).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
    }

    private Transaction started(String method, PayerInput input) {
        return started(method, input, null);
    }

    private Transaction started(String method, PayerInput input, String notificationUrl) {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 5_000, "PLN", "SB-1",
                "Zakupy", null, Customer.unknown(), null, null, ReturnUrls.none(), notificationUrl, null, null, null,
                null));
        Transaction sale = processing.pay(payments.attempt(payment.id(), method).id(), input).transaction();
        assertThat(sale.status()).isEqualTo(TransactionStatus.PENDING);
        return sale;
    }

    private MockHttpServletResponse answer(SandboxPage page, Transaction sale, String outcome) throws Exception {
        return perform(post(page.url(sale.id())).param("outcome", outcome));
    }

    private List<TransactionStatus> timeline(Transaction sale) {
        return payments.timeline(sale).stream().map(StatusChange::to).toList();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
