package pl.bramka.ksef;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;

/** What the invoice module asks: whether an invoice goes to KSeF, and the "KOD I" link of the README's formula. */
class KsefSubmissionsTests extends IntegrationTest {

    /** SHA-256 of these bytes, Base64URL without padding, worked out outside Java: it has a {@code _}. */
    private static final byte[] XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Faktura>zażółć</Faktura>\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String XML_DIGEST = "EkK_spiV4NrJB0LlhsrFARxSnanmLkpFB5epEmKK4fk";

    @Autowired
    KsefSubmissions submissions;
    @Autowired
    KsefConfiguration configuration;

    UUID merchantId;
    UUID representative;

    @BeforeEach
    void merchant() {
        var merchant = fixtures.merchantWithAllRoles();
        merchantId = merchant.id();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
    }

    @Test
    void theVerificationLinkIsTheReadmeFormulaOverTheExactBytes() {
        LocalDate issued = LocalDate.of(2026, 12, 7);
        assertThat(submissions.verificationLink(merchantId, "5260250274", issued, XML))
                .isEqualTo("https://qr-test.ksef.mf.gov.pl/invoice/5260250274/07-12-2026/" + XML_DIGEST);

        configuration.choose(merchantId, false, KsefEnvironment.PRODUCTION, false, representative);
        assertThat(submissions.verificationLink(merchantId, "5260250274", issued, XML))
                .isEqualTo("https://qr.ksef.mf.gov.pl/invoice/5260250274/07-12-2026/" + XML_DIGEST);

        byte[] windowsLineEnds = new String(XML, StandardCharsets.UTF_8).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(submissions.verificationLink(merchantId, "5260250274", issued, windowsLineEnds))
                .as("other bytes, another digest").doesNotEndWith(XML_DIGEST);
    }

    @Test
    void companyInvoicesGoWhenSendingIsOnAndConsumersOnlyWhenChosen() {
        assertThat(submissions.sendsFor(merchantId, true)).as("never set").isFalse();

        configuration.replaceToken(merchantId, "20261207-EC-0123456789-ABCDEF0123-45|nip", representative);
        configuration.choose(merchantId, true, KsefEnvironment.TEST, false, representative);
        assertThat(submissions.sendsFor(merchantId, true)).isTrue();
        assertThat(submissions.sendsFor(merchantId, false)).isFalse();

        configuration.choose(merchantId, true, KsefEnvironment.TEST, true, representative);
        assertThat(submissions.sendsFor(merchantId, false)).isTrue();

        configuration.choose(merchantId, false, KsefEnvironment.TEST, true, representative);
        assertThat(submissions.sendsFor(merchantId, true)).isFalse();
        assertThat(submissions.sendsFor(UUID.randomUUID(), true)).as("another merchant").isFalse();
    }
}
