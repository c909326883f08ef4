package pl.bramka.sandbox;

import java.util.UUID;

import pl.bramka.payment.Transaction;

/** Addresses of the simulated pages a payer meets at the sandbox acquirer. */
final class SandboxPages {

    static final String BASE = "/pay/sandbox/{transactionId}";

    private SandboxPages() {
    }

    /** The page of the sale's provider: a bank for pay-by-link, an approval page for wallets and pay later. */
    static String providerPage(Transaction sale) {
        return SandboxPage.of(sale).url(sale.id());
    }

    static String threeDSecure(UUID saleId) {
        return SandboxPage.THREE_D_SECURE.url(saleId);
    }
}
