package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import pl.bramka.payment.Customer;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionType;

/** The official notification example (vector V2 of imoje-compat.md §5), byte for byte, and the retry schedule. */
class NotificationBodyTests {

    static final String V2_BODY = "{\"transaction\":{\"id\":\"07938437-cae3-4d46-877d-e1b9d6e6c58f\",\"type\":\"sale\","
            + "\"status\":\"pending\",\"source\":\"api\",\"created\":1666339083,\"modified\":1666339083,"
            + "\"notificationUrl\":\"https://qaz54.requestcatcher.com/\","
            + "\"serviceId\":\"a33f331b-23fc-42b0-9fd1-67f310028b46\",\"amount\":100,\"currency\":\"PLN\","
            + "\"title\":\"\",\"orderId\":\"Zamowienie test\",\"paymentMethod\":\"pbl\",\"paymentMethodCode\":\"ipko\"},"
            + "\"payment\":{\"id\":\"07980a69-a884-46f7-ad16-216c88a13b98\",\"title\":\"\",\"amount\":100,"
            + "\"status\":\"pending\",\"created\":1666339083,\"orderId\":\"Zamowienie test\",\"currency\":\"PLN\","
            + "\"modified\":1666339083,\"serviceId\":\"a33f331b-23fc-42b0-9fd1-67f310028b46\","
            + "\"notificationUrl\":\"https://qaz54.requestcatcher.com/\"},"
            + "\"action\":{\"type\":\"redirect\","
            + "\"url\":\"https://sandbox.paywall.imoje.pl/sandbox/07980a69-a884-46f7-ad16-216c88a13b98\","
            + "\"method\":\"GET\",\"contentType\":\"\",\"contentBodyRaw\":\"\"}}";
    static final String V2_KEY = "PIcMy86ssE5wuNHAuQn5zPKf6hCAwX3Oxvjw";
    static final String V2_HEADER = "merchantid=mdy7zxvxudgarxbsou9n;serviceid=a33f331b-23fc-42b0-9fd1-67f310028b46;"
            + "signature=b73321c9e8bcc414b8c08198db4084dafb1b4dc252f512ffe71b1fbce857fd23;alg=sha256";

    @Test
    void theOfficialExampleIsReproducedByteForByteAndSignedAsImojeSignsIt() {
        UUID serviceId = UUID.fromString("a33f331b-23fc-42b0-9fd1-67f310028b46");
        UUID merchantId = UUID.randomUUID();
        UUID paymentId = UUID.fromString("07980a69-a884-46f7-ad16-216c88a13b98");
        Instant at = Instant.ofEpochSecond(1666339083);
        String url = "https://qaz54.requestcatcher.com/";
        Transaction sale = new Transaction(UUID.fromString("07938437-cae3-4d46-877d-e1b9d6e6c58f"), paymentId,
                merchantId, serviceId, TransactionType.SALE, TransactionStatus.PENDING, PaymentSource.API, 100, "PLN",
                "Zamowienie test", "", "pbl", "ipko", url, null, null, null, null, null, null, at, at);
        Payment payment = new Payment(paymentId, merchantId, serviceId, PaymentSource.API, TransactionStatus.PENDING,
                100, "PLN", "Zamowienie test", "", null, Customer.unknown(), null, null, ReturnUrls.none(), url, null,
                null, null, null, at, at);

        byte[] body = NotificationBody.of(sale, payment,
                "https://sandbox.paywall.imoje.pl/sandbox/07980a69-a884-46f7-ad16-216c88a13b98");

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(V2_BODY);
        assertThat(body).hasSize(834);
        assertThat(WebhookSignature.header("mdy7zxvxudgarxbsou9n", serviceId.toString(), body, V2_KEY))
                .isEqualTo(V2_HEADER);
    }

    @Test
    void aPaymentThatChangedOnItsOwnIsSentAlone() {
        Instant at = Instant.ofEpochSecond(1700000000);
        Payment payment = new Payment(UUID.fromString("07980a69-a884-46f7-ad16-216c88a13b98"), UUID.randomUUID(),
                UUID.fromString("a33f331b-23fc-42b0-9fd1-67f310028b46"), PaymentSource.API,
                TransactionStatus.CANCELLED, 2599, "PLN", "Zamówienie/7", "Koszyk ąę", null, Customer.unknown(), null,
                null, ReturnUrls.none(), null, null, null, null, null, at, at.plusSeconds(60));

        assertThat(new String(NotificationBody.of(payment), StandardCharsets.UTF_8)).isEqualTo(
                "{\"payment\":{\"id\":\"07980a69-a884-46f7-ad16-216c88a13b98\",\"title\":\"Koszyk ąę\","
                        + "\"amount\":2599,\"status\":\"cancelled\",\"created\":1700000000,\"orderId\":\"Zamówienie/7\","
                        + "\"currency\":\"PLN\",\"modified\":1700000060,"
                        + "\"serviceId\":\"a33f331b-23fc-42b0-9fd1-67f310028b46\",\"notificationUrl\":\"\"}}");
    }

    @Test
    void retriesFollowImojesScheduleForAboutFourDaysThenStop() {
        assertThat(IntStream.rangeClosed(1, 24).mapToObj(RetrySchedule::delayAfter).map(d -> d.map(Duration::toString)
                .orElse("stop")).toList()).containsExactly(
                "PT10S", "PT10S", "PT10S",
                "PT5M", "PT5M", "PT5M", "PT5M", "PT5M",
                "PT1H", "PT1H", "PT1H", "PT1H", "PT1H",
                "PT6H", "PT6H", "PT6H", "PT6H", "PT6H",
                "PT12H", "PT12H", "PT12H", "PT12H", "PT12H",
                "stop");
        Duration span = IntStream.rangeClosed(1, 23).mapToObj(n -> RetrySchedule.delayAfter(n).orElseThrow())
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(span).isEqualTo(Duration.ofSeconds(30).plusMinutes(25).plusHours(5 + 30 + 60));
        assertThat(RetrySchedule.MAX_ATTEMPTS).isEqualTo(24);
    }
}
