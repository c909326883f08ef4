package pl.bramka.refund;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.Ids;
import pl.bramka.user.SignedInUser;

/** The sale named in an address, found only within the signed-in user's merchant: refunds hang off sales only. */
@Component
class MerchantSales {

    private final Payments payments;

    MerchantSales(Payments payments) {
        this.payments = payments;
    }

    /** The sale; 404 for a malformed id, an unknown one, another merchant's and a refund alike. */
    Transaction get(SignedInUser user, String id) {
        return Ids.uuid(id).flatMap(uuid -> payments.transactionOfMerchant(user.merchantId(), uuid))
                .filter(transaction -> transaction.type() == TransactionType.SALE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
