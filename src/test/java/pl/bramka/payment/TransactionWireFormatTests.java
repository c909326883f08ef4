package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The transaction object's bytes: imoje's official notification example, and what only some transactions have. */
class TransactionWireFormatTests {

    private static final UUID SERVICE = UUID.fromString("a33f331b-23fc-42b0-9fd1-67f310028b46");
    private static final Instant AT = Instant.ofEpochSecond(1666339083);
    private static final String PAYMENT = "07980a69-a884-46f7-ad16-216c88a13b98";

    @Test
    void theOfficialExampleIsWrittenByteForByte() {
        Transaction transaction = transaction(UUID.fromString("07938437-cae3-4d46-877d-e1b9d6e6c58f"),
                TransactionType.SALE, TransactionStatus.PENDING, 100, "", "Zamowienie test", "pbl", "ipko",
                "https://qaz54.requestcatcher.com/", null, null, null);

        String json = new String(TransactionWireFormat.json(TransactionWireFormat.transaction(transaction)),
                StandardCharsets.UTF_8);

        // imoje-compat.md §4, the "transaction" object of the 834-byte official body (vector V2)
        assertThat(json).isEqualTo("{\"id\":\"07938437-cae3-4d46-877d-e1b9d6e6c58f\",\"type\":\"sale\","
                + "\"status\":\"pending\",\"source\":\"api\",\"created\":1666339083,\"modified\":1666339083,"
                + "\"notificationUrl\":\"https://qaz54.requestcatcher.com/\","
                + "\"serviceId\":\"a33f331b-23fc-42b0-9fd1-67f310028b46\",\"amount\":100,\"currency\":\"PLN\","
                + "\"title\":\"\",\"orderId\":\"Zamowienie test\",\"paymentMethod\":\"pbl\","
                + "\"paymentMethodCode\":\"ipko\"}");
    }

    @Test
    void optionalFieldsComeLastOnlyWhenPresentAndTextIsRawUtf8() {
        Transaction rejected = transaction(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                TransactionType.SALE, TransactionStatus.REJECTED, 12_999, "Żółta łódź / 😀", "Zamówienie #1/ą",
                "blik", "blik", null, "BLK-ERROR-210002", "BLIK code rejected", null);
        Transaction refund = transaction(UUID.fromString("00000000-0000-4000-8000-000000000002"),
                TransactionType.REFUND, TransactionStatus.SETTLED, 999, "", "Zamówienie #1/ą", "blik", "blik", null,
                null, null, null);
        Transaction settled = transaction(UUID.fromString("00000000-0000-4000-8000-000000000003"),
                TransactionType.SALE, TransactionStatus.SETTLED, 12_999, "", "1", "blik", "blik", null, null, null,
                "123456789012");

        byte[] bytes = TransactionWireFormat.json(TransactionWireFormat.transaction(rejected, payment(),
                List.of(refund)));

        String expectedRefund = "{\"transaction\":{\"id\":\"00000000-0000-4000-8000-000000000002\",\"type\":\"refund\","
                + "\"status\":\"settled\",\"source\":\"api\",\"created\":1666339083,\"modified\":1666339083,"
                + "\"notificationUrl\":\"\",\"serviceId\":\"a33f331b-23fc-42b0-9fd1-67f310028b46\",\"amount\":999,"
                + "\"currency\":\"PLN\",\"title\":\"\",\"orderId\":\"Zamówienie #1/ą\",\"paymentMethod\":\"blik\","
                + "\"paymentMethodCode\":\"blik\"}}";
        assertThat(bytes).isEqualTo(("{\"id\":\"00000000-0000-4000-8000-000000000001\",\"type\":\"sale\","
                + "\"status\":\"rejected\",\"source\":\"api\",\"created\":1666339083,\"modified\":1666339083,"
                + "\"notificationUrl\":\"\",\"serviceId\":\"a33f331b-23fc-42b0-9fd1-67f310028b46\",\"amount\":12999,"
                + "\"currency\":\"PLN\",\"title\":\"Żółta łódź / 😀\",\"orderId\":\"Zamówienie #1/ą\","
                + "\"paymentMethod\":\"blik\",\"paymentMethodCode\":\"blik\",\"statusCode\":\"BLK-ERROR-210002\","
                + "\"statusCodeDescription\":\"BLIK code rejected\",\"payment\":{\"id\":\"" + PAYMENT
                + "\",\"status\":\"rejected\"},\"refunds\":[" + expectedRefund + "]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(new String(TransactionWireFormat.json(TransactionWireFormat.transaction(settled)),
                StandardCharsets.UTF_8)).endsWith("\"paymentMethodCode\":\"blik\",\"blikTransactionId\":"
                        + "\"123456789012\"}");
    }

    private static Payment payment() {
        return new Payment(UUID.fromString(PAYMENT), UUID.randomUUID(), SERVICE, PaymentSource.API,
                TransactionStatus.REJECTED, 12_999, "PLN", "Zamówienie #1/ą", "", null, Customer.unknown(), null, null,
                ReturnUrls.none(), null, null, null, null, null, AT, AT);
    }

    private static Transaction transaction(UUID id, TransactionType type, TransactionStatus status, long amount,
            String title, String orderId, String method, String code, String notificationUrl, String statusCode,
            String statusDescription, String blikTransactionId) {
        return new Transaction(id, UUID.randomUUID(), UUID.randomUUID(), SERVICE, type, status, PaymentSource.API,
                amount, "PLN", orderId, title, method, code, notificationUrl,
                type == TransactionType.REFUND ? UUID.randomUUID() : null, statusCode, statusDescription,
                blikTransactionId, null, null, AT, AT);
    }
}
