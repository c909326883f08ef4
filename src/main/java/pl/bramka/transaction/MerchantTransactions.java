package pl.bramka.transaction;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.Ids;
import pl.bramka.user.SignedInUser;

/** A transaction named in an address, found only within the signed-in user's merchant. */
@Component
class MerchantTransactions {

    private final Payments payments;

    MerchantTransactions(Payments payments) {
        this.payments = payments;
    }

    /** The transaction; 404 for a malformed id, an unknown one and another merchant's alike. */
    Transaction get(SignedInUser user, String id) {
        return Ids.uuid(id).flatMap(uuid -> payments.transactionOfMerchant(user.merchantId(), uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
