package pl.bramka.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import pl.bramka.payment.Transaction;
import pl.bramka.payment.acquirer.AcquirerStep.Decided;
import pl.bramka.payment.acquirer.StatusDetails;

/**
 * The simulated pages of the sandbox acquirer and the buttons on each: what a bank, a card's 3-D Secure and a wallet
 * or pay-later provider would let the payer do, each leading to a fixed answer.
 */
enum SandboxPage {
    BANK("bank", List.of(Outcome.APPROVE, Outcome.REJECT, Outcome.LEAVE_PENDING)),
    THREE_D_SECURE("3ds", List.of(Outcome.CONFIRM, Outcome.FAIL)),
    APPROVAL("approval", List.of(Outcome.APPROVE, Outcome.REJECT));

    /** A button; its {@link #code()} is what the form posts. */
    enum Outcome {
        APPROVE, REJECT, LEAVE_PENDING, CONFIRM, FAIL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Optional<Outcome> byCode(String code) {
            for (Outcome outcome : values()) {
                if (outcome.code().equals(code)) {
                    return Optional.of(outcome);
                }
            }
            return Optional.empty();
        }
    }

    static final String BANK_REJECTED = "BANK-REJECTED";
    static final String THREE_D_SECURE_FAILED = "CODE_05";
    static final String PAYER_REJECTED = "PAYER-REJECTED";

    private final String path;
    private final List<Outcome> outcomes;

    SandboxPage(String path, List<Outcome> outcomes) {
        this.path = path;
        this.outcomes = outcomes;
    }

    /** The page a sale's payer meets: 3-D Secure for cards, a bank for pay-by-link, an approval page otherwise. */
    static SandboxPage of(Transaction sale) {
        if ("card".equals(sale.paymentMethod())) {
            return THREE_D_SECURE;
        }
        return "pbl".equals(sale.paymentMethod()) ? BANK : APPROVAL;
    }

    String url(UUID transactionId) {
        return "/pay/sandbox/" + transactionId + "/" + path;
    }

    public String key() {
        return path;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** The acquirer's answer to the button; empty for leaving the transaction pending. */
    Optional<Decided> decide(Outcome outcome) {
        return switch (outcome) {
            case APPROVE -> Optional.of(Decided.settled(StatusDetails.none()));
            case CONFIRM -> Optional.of(SandboxAcquirer.cardApproved());
            case FAIL -> Optional.of(Decided.rejected(THREE_D_SECURE_FAILED,
                    "CODE_05 - Do not honor (3-D Secure failed, sandbox)"));
            case REJECT -> Optional.of(this == BANK
                    ? Decided.rejected(BANK_REJECTED, "Rejected at the bank (sandbox)")
                    : Decided.rejected(PAYER_REJECTED, "Rejected by the payer at the provider (sandbox)"));
            case LEAVE_PENDING -> Optional.empty();
        };
    }
}
