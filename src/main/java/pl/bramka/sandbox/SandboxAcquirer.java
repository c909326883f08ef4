package pl.bramka.sandbox;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.acquirer.Acquirer;
import pl.bramka.payment.acquirer.AcquirerStep;
import pl.bramka.payment.acquirer.AcquirerStep.Decided;
import pl.bramka.payment.acquirer.AcquirerStep.PayerAction;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.acquirer.TransactionEvent;
import pl.bramka.shared.Tokens;

/**
 * Deterministic outcomes, the same as imoje's sandbox, so a shop can test every path of its integration:
 * <ul>
 * <li>title (the paywall's orderDescription) {@value #PROVIDER_ERROR_TITLE}: a provider error;</li>
 * <li>BLIK code {@value #BLIK_DECLINED_CODE}: rejected with {@value #BLIK_DECLINED_STATUS}; any other code settles;</li>
 * <li>cards: {@value #CARD_APPROVED} settles, {@value #CARD_DECLINED} is declined, {@value #CARD_3DS} goes through a
 * 3-D Secure page, any other number is refused as unknown;</li>
 * <li>banks, wallets, pay later and installments: a simulated page where the payer approves or refuses.</li>
 * </ul>
 */
@Component
class SandboxAcquirer implements Acquirer {

    static final String PROVIDER_ERROR_TITLE = "TEST-100010";
    static final String BLIK_DECLINED_CODE = "111111";
    static final String BLIK_DECLINED_STATUS = "BLK-ERROR-210002";
    static final String CARD_APPROVED = "4111111111111111";
    static final String CARD_DECLINED = "4444333322221111";
    static final String CARD_3DS = "4012001037141112";

    @Override
    public AcquirerStep pay(Transaction sale, Payment payment, PayerInput input) {
        if (PROVIDER_ERROR_TITLE.equals(sale.title())) {
            return Decided.failed("TRX-ERROR-100010", "Provider error (sandbox)");
        }
        if (input instanceof PayerInput.BlikCode blik) {
            return blik(blik.code());
        }
        if (input instanceof PayerInput.Card card) {
            return card(sale.id(), card.number());
        }
        return new PayerAction(SandboxPages.providerPage(sale));
    }

    @Override
    public AcquirerStep refund(Transaction refund, Transaction sale) {
        return Decided.settled(StatusDetails.none());
    }

    private static AcquirerStep blik(String code) {
        if (BLIK_DECLINED_CODE.equals(code)) {
            return Decided.rejected(BLIK_DECLINED_STATUS, "BLIK code rejected (sandbox)");
        }
        return Decided.settled(new StatusDetails(null, null, Tokens.random("0123456789", 12)));
    }

    private static AcquirerStep card(UUID saleId, String number) {
        return switch (number) {
            case CARD_APPROVED -> cardApproved();
            case CARD_DECLINED -> Decided.rejected("CODE_05", "CODE_05 - Do not honor");
            case CARD_3DS -> new PayerAction(SandboxPages.threeDSecure(saleId));
            default -> Decided.rejected("CODE_14", "CODE_14 - Invalid card number");
        };
    }

    static Decided cardApproved() {
        return new Decided(List.of(TransactionEvent.AUTHORIZE, TransactionEvent.SETTLE),
                StatusDetails.code("CODE_000", "CODE_000 - OK"));
    }
}
