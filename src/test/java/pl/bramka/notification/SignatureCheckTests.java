package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.notification.NotificationBodyTests.V2_BODY;
import static pl.bramka.notification.NotificationBodyTests.V2_HEADER;
import static pl.bramka.notification.NotificationBodyTests.V2_KEY;

import java.util.List;

import org.junit.jupiter.api.Test;
import pl.bramka.notification.SignatureCheck.BodyReading;
import pl.bramka.notification.SignatureCheck.Verdict;

/** The signature checker on the official example and on the mistakes developers make with it. */
class SignatureCheckTests {

    private static final String MERCHANT = "mdy7zxvxudgarxbsou9n";
    private static final String SERVICE = "a33f331b-23fc-42b0-9fd1-67f310028b46";
    private static final String SIGNATURE = "b73321c9e8bcc414b8c08198db4084dafb1b4dc252f512ffe71b1fbce857fd23";

    @Test
    void theOfficialExampleVerifiesWithTheCurrentKeyAndWithAPreviousOne() {
        assertThat(check(V2_BODY, V2_HEADER, List.of(V2_KEY))).isEqualTo(result(Verdict.VALID));
        assertThat(check(V2_BODY, "X-Imoje-Signature: " + V2_HEADER, List.of(V2_KEY)))
                .isEqualTo(result(Verdict.VALID));
        assertThat(check(V2_BODY, V2_HEADER, List.of("new-key", V2_KEY))).isEqualTo(result(Verdict.VALID_PREVIOUS_KEY));
    }

    @Test
    void eachMistakeIsNamed() {
        assertThat(check("", V2_HEADER, List.of(V2_KEY)).verdict()).isEqualTo(Verdict.EMPTY_BODY);
        assertThat(check(V2_BODY, "signature=" + SIGNATURE, List.of(V2_KEY)).verdict())
                .isEqualTo(Verdict.MALFORMED_HEADER);
        assertThat(check(V2_BODY, "serviceid=" + SERVICE + ";merchantid=" + MERCHANT + ";signature=" + SIGNATURE
                + ";alg=sha256", List.of(V2_KEY)).verdict()).isEqualTo(Verdict.WRONG_ORDER);
        assertThat(check(V2_BODY, V2_HEADER.replace(MERCHANT, "someone-else"), List.of(V2_KEY)).verdict())
                .isEqualTo(Verdict.MERCHANT_MISMATCH);
        assertThat(check(V2_BODY, V2_HEADER.replace("serviceid=" + SERVICE, "serviceid=other"), List.of(V2_KEY))
                .verdict()).isEqualTo(Verdict.SERVICE_MISMATCH);
        assertThat(check(V2_BODY, V2_HEADER.replace("alg=sha256", "alg=sha512"), List.of(V2_KEY)).verdict())
                .isEqualTo(Verdict.UNSUPPORTED_ALG);
        assertThat(check(V2_BODY, V2_HEADER.replace(SIGNATURE, SIGNATURE.toUpperCase()), List.of(V2_KEY)).verdict())
                .isEqualTo(Verdict.UPPERCASE_HEX);
        assertThat(check(V2_BODY.replace("\"amount\":100", "\"amount\":1000"), V2_HEADER, List.of(V2_KEY)).verdict())
                .isEqualTo(Verdict.MISMATCH);
        assertThat(check(V2_BODY, V2_HEADER, List.of("another-key")).verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void lineBreaksABrowserOrEditorChangedAreNamed() {
        assertThat(check(V2_BODY + "\r\n", V2_HEADER, List.of(V2_KEY)))
                .isEqualTo(new SignatureCheck.Result(Verdict.VALID, BodyReading.WITHOUT_FINAL_LINE_BREAK));
        String withLf = V2_BODY.replace(",\"payment\"", ",\n\"payment\"");
        byte[] lfBody = withLf.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String header = WebhookSignature.header(MERCHANT, SERVICE, lfBody, V2_KEY);
        assertThat(check(withLf.replace("\n", "\r\n"), header, List.of(V2_KEY)))
                .isEqualTo(new SignatureCheck.Result(Verdict.VALID, BodyReading.LF_LINE_BREAKS));
    }

    private static SignatureCheck.Result check(String body, String header, List<String> keys) {
        return SignatureCheck.check(body, header, MERCHANT, SERVICE, keys);
    }

    private static SignatureCheck.Result result(Verdict verdict) {
        return new SignatureCheck.Result(verdict, BodyReading.AS_PASTED);
    }
}
