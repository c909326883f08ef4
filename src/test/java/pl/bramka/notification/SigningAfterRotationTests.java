package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.notification.Eventually.eventually;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.integration.ApiClient;
import pl.bramka.integration.ApiScope;
import pl.bramka.integration.RotatedCredentials;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;

/**
 * imoje's newest plugin verifies webhooks with the new key from the moment it rotated its credentials and never
 * with the old one again, so every delivery after the rotation, retries of notifications written before it
 * included, is signed with the new key.
 */
class SigningAfterRotationTests extends IntegrationTest {

    @Autowired
    Payments payments;

    @Autowired
    ShopCredentials credentials;

    @Test
    void aRetryOfANotificationWrittenBeforeTheRotationIsSignedWithTheNewKey() throws Exception {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        try (WebhookReceiver withOldKey = new WebhookReceiver(shop).answering(request -> request == 1 ? 500 : 200)) {
            Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.API, 2599, "PLN",
                    "Po rotacji 1", "Zakupy", null, new Customer("Jan", "Kowalski", "jan@example.com", null), null,
                    null, ReturnUrls.none(), withOldKey.url(), null, null, "pl", null));
            payments.cancel(payment.id());
            long id = jdbc.sql("select id from notification where payment_id = ?").param(payment.id())
                    .query(Long.class).single();
            eventually(() -> assertThat(withOldKey.count()).isEqualTo(1));
            assertThat(withOldKey.received().get(0).signatureValid()).as("signed with the key of its time").isTrue();

            RotatedCredentials rotated = credentials.rotateForPlugin(new ApiClient(shop.serviceId(),
                    shop.merchantId(), shop.merchantPublicId(), EnumSet.allOf(ApiScope.class)), shop.apiToken(), List.of(shop.serviceId().toString()));
            eventually(() -> assertThat(jdbc.sql("select count(*) from notification_attempt "
                    + "where notification_id = ? and finished_at is not null").param(id).query(Long.class).single())
                    .isEqualTo(1));
            clock.advance(Duration.between(clock.instant(), nextAttemptAt(id)));

            eventually(() -> assertThat(withOldKey.count()).isEqualTo(2));
            WebhookReceiver.Received retry = withOldKey.received().get(1);
            assertThat(retry.signatureValid()).as("no longer the old key").isFalse();
            assertThat(retry.signatureHeader()).isEqualTo(WebhookSignature.header(shop.merchantPublicId(),
                    shop.serviceId().toString(), retry.body(), rotated.keys().get(shop.serviceId())));
        }
    }

    private Instant nextAttemptAt(long id) {
        return jdbc.sql("select next_attempt_at from notification where id = ?").param(id)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }
}
