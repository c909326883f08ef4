package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * A Sylius plugin stores {@code action.url} and {@code payment.url} in a 244-character column, so the public
 * address may be at most as long as leaves room for {@code /pay/} and a payment's UUID.
 */
class PublicUrlLengthTests {

    @Test
    void theLongestAllowedAddressStillGivesPaymentPagesOf244Characters() {
        String base = address(PublicUrl.MAX_LENGTH);
        PublicUrl publicUrl = new PublicUrl(base, false, new MockEnvironment());

        assertThat(publicUrl.of("/pay/" + UUID.randomUUID())).hasSize(244);
    }

    @Test
    void aLongerAddressIsRefusedAtStartUp() {
        String base = address(PublicUrl.MAX_LENGTH + 1);

        assertThatThrownBy(() -> new PublicUrl(base, false, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("244");
    }

    /** Bramka under a long path on the shop's own domain, {@code length} characters in all. */
    private static String address(int length) {
        String host = "https://pay.example.com/";
        return host + "b".repeat(length - host.length());
    }
}
