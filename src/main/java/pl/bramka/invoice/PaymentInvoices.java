package pl.bramka.invoice;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The invoice object a shop sent with a payment, stored with it. */
@Service
public class PaymentInvoices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PaymentInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the object in the caller's transaction, the one that creates the payment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(UUID merchantId, UUID paymentId, InvoiceDetails details) {
        jdbc.sql("insert into payment_invoice_request (payment_id, merchant_id, details) "
                + "values (?, ?, cast(? as jsonb))")
                .params(paymentId, merchantId, JSON.writeValueAsString(details)).update();
    }

    /** The object sent with a payment of the merchant, if one was. */
    public Optional<InvoiceDetails> of(UUID merchantId, UUID paymentId) {
        return jdbc.sql("select details from payment_invoice_request where payment_id = ? and merchant_id = ?")
                .params(paymentId, merchantId).query(String.class).optional()
                .map(json -> JSON.readValue(json, InvoiceDetails.class));
    }
}
