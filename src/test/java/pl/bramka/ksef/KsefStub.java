package pl.bramka.ksef;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local KSeF API 2.0 for the tests: the endpoints Bramka uses, answering with the shapes of {@code open-api.json}
 * (reference/ksef), including its error answers. Its public key certificate holds a real RSA key pair (test resource
 * {@code ksef/ksef-stub.p12}), so the tests decrypt what Bramka sent: the token and the invoice.
 */
class KsefStub implements AutoCloseable {

    static final String SESSION = "20261207-SO-2FDC223000-C2BFC98A9C-4E";
    static final String INVOICE = "20261207-EE-3A1B2C3D4E-5F6A7B8C9D-AB";
    static final String AUTHENTICATION = "20261207-AU-1F2E3D4C5B-6A7B8C9D0E-11";
    static final String OPERATION_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.operation.signature";
    static final String ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.access.signature";
    static final long CHALLENGE_TIME = 1_796_000_000_123L;
    static final String UPO = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Potwierdzenie><NumerKSeFDokumentu>%s"
            + "</NumerKSeFDokumentu></Potwierdzenie>";
    static final String KEY_ID = "QIoAK/Yc3s27Z4t3SZY4Mhp8JNLH7Vl4N3lNlJAEig8=";
    private static final String EXPIRED_KEY_ID = "tmtCidSRzR4fvNpLU5hMOM6FzamxJf0BBR8IkXIAwsY=";
    private static final String PASSWORD = "stub-only";

    private final WireMockServer server = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    private final JsonMapper json = JsonMapper.builder().build();
    private final PrivateKey privateKey;
    private final Certificate certificate;
    private final String certificateBase64;

    KsefStub() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = KsefStub.class.getResourceAsStream("/ksef/ksef-stub.p12")) {
            keys.load(in, PASSWORD.toCharArray());
        }
        privateKey = (PrivateKey) keys.getKey("ksef-stub", PASSWORD.toCharArray());
        certificate = keys.getCertificate("ksef-stub");
        certificateBase64 = Base64.getEncoder().encodeToString(certificate.getEncoded());
        server.start();
        reset();
    }

    URI baseUrl() {
        return URI.create(server.baseUrl() + "/v2");
    }

    /** Every endpoint answering as on a good day: authentication in two checks, the invoice accepted. */
    void reset() {
        server.resetAll();
        // Valid for as long as the tests' clocks go (they move years back); an expired key listed first, to be skipped
        server.stubFor(get("/v2/security/public-key-certificates").willReturn(json(200, """
                [{"certificate":"%1$s","certificateId":"MDAw","publicKeyId":"%3$s","validFrom":"1999-01-01T00:00:00Z",
                  "validTo":"2000-01-01T00:00:00Z","usage":["KsefTokenEncryption","SymmetricKeyEncryption"]},
                 {"certificate":"%1$s","certificateId":"MTIz","publicKeyId":"%2$s","validFrom":"2000-01-01T00:00:00Z",
                  "validTo":"2100-01-01T00:00:00Z","usage":["KsefTokenEncryption"]},
                 {"certificate":"%1$s","certificateId":"NDU2","publicKeyId":"%2$s","validFrom":"2000-01-01T00:00:00Z",
                  "validTo":"2100-01-01T00:00:00Z","usage":["SymmetricKeyEncryption"]}]
                """.formatted(certificateBase64, KEY_ID, EXPIRED_KEY_ID))));
        server.stubFor(post("/v2/auth/challenge").willReturn(json(200, """
                {"challenge":"20261207-CR-2FDC223000-C2BFC98A9C-4E","timestamp":"2026-12-07T10:13:20.123Z",
                 "timestampMs":%d,"clientIp":"127.0.0.1"}
                """.formatted(CHALLENGE_TIME))));
        server.stubFor(post("/v2/auth/ksef-token").willReturn(json(202, """
                {"referenceNumber":"%s","authenticationToken":{"token":"%s","validUntil":"2026-12-07T11:00:00Z"}}
                """.formatted(AUTHENTICATION, OPERATION_TOKEN))));
        authenticationStatus(200, "Uwierzytelnianie zakończone sukcesem");
        server.stubFor(post("/v2/auth/token/redeem").withHeader("Authorization", equalTo("Bearer " + OPERATION_TOKEN))
                .willReturn(json(200, accessTokens(ACCESS_TOKEN))));
        server.stubFor(withAccess(post("/v2/sessions/online")).willReturn(json(201, """
                {"referenceNumber":"%s","validUntil":"2026-12-07T22:00:00Z"}
                """.formatted(SESSION))));
        server.stubFor(withAccess(post("/v2/sessions/online/" + SESSION + "/invoices")).willReturn(json(202, """
                {"referenceNumber":"%s"}
                """.formatted(INVOICE))));
        server.stubFor(withAccess(post("/v2/sessions/online/" + SESSION + "/close")).willReturn(aResponse()
                .withStatus(204)));
        // Anything without the right bearer token: KSeF's 401 problem
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Unauthorized","status":401,"detail":"Wymagane jest uwierzytelnienie.",
                         "timestamp":"2026-12-07T10:13:20.0154302+00:00"}
                        """)));
    }

    /** The first check of the authentication says "in progress", the next one {@code code}. */
    void authenticationStatus(int code, String description) {
        String inProgress = authenticationStatusBody(100, "Uwierzytelnianie w toku");
        server.stubFor(get("/v2/auth/" + AUTHENTICATION).inScenario("authentication")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("checked")
                .withHeader("Authorization", equalTo("Bearer " + OPERATION_TOKEN)).willReturn(json(200, inProgress)));
        server.stubFor(get("/v2/auth/" + AUTHENTICATION).inScenario("authentication").whenScenarioStateIs("checked")
                .withHeader("Authorization", equalTo("Bearer " + OPERATION_TOKEN))
                .willReturn(json(200, authenticationStatusBody(code, description))));
    }

    void redeemGives(String accessToken) {
        server.stubFor(post("/v2/auth/token/redeem").withHeader("Authorization", equalTo("Bearer " + OPERATION_TOKEN))
                .willReturn(json(200, accessTokens(accessToken))));
    }

    /** The invoice's status, every time it is asked. */
    void invoiceStatus(String ksefNumber, int code, String description, String details) {
        server.stubFor(withAccess(get("/v2/sessions/" + SESSION + "/invoices/" + INVOICE))
                .willReturn(json(200, invoiceStatusBody(ksefNumber, code, description, details))));
        if (ksefNumber != null) {
            server.stubFor(withAccess(get("/v2/sessions/" + SESSION + "/invoices/" + INVOICE + "/upo"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                            .withBody(UPO.formatted(ksefNumber))));
        }
    }

    /** KSeF already has the invoice, from an earlier session: status 440 naming the original, whose UPO it serves. */
    void duplicateOf(String originalSession, String originalKsefNumber) {
        server.stubFor(withAccess(get("/v2/sessions/" + SESSION + "/invoices/" + INVOICE)).willReturn(json(200, """
                {"ordinalNumber":1,"referenceNumber":"%s","invoiceHash":"EbrK4cOSjW4hEpJaHU71YXSOZZmqP5++dK9nLgTzgV4=",
                 "invoicingDate":"2026-12-07T10:13:22Z","status":{"code":440,"description":"Duplikat faktury",
                 "extensions":{"originalSessionReferenceNumber":"%s","originalKsefNumber":"%s"}}}
                """.formatted(INVOICE, originalSession, originalKsefNumber))));
        server.stubFor(withAccess(get("/v2/sessions/" + originalSession + "/invoices/ksef/" + originalKsefNumber
                + "/upo")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody(UPO.formatted(originalKsefNumber))));
    }

    /** Opening a session fails once with {@code status} (KSeF's answer for it), then works again. */
    void sessionFailsOnceWith(int status, String contentType, String body) {
        server.stubFor(withAccess(post("/v2/sessions/online")).inScenario("session")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("failed once")
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
        server.stubFor(withAccess(post("/v2/sessions/online")).inScenario("session")
                .whenScenarioStateIs("failed once").willReturn(json(201, """
                        {"referenceNumber":"%s","validUntil":"2026-12-07T22:00:00Z"}
                        """.formatted(SESSION))));
    }

    /** Opening a session answers only after {@code delayMillis} once, then at once. */
    void sessionAnswersLateOnce(int delayMillis) {
        String opened = """
                {"referenceNumber":"%s","validUntil":"2026-12-07T22:00:00Z"}
                """.formatted(SESSION);
        server.stubFor(withAccess(post("/v2/sessions/online")).inScenario("session")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("late once")
                .willReturn(json(201, opened).withFixedDelay(delayMillis)));
        server.stubFor(withAccess(post("/v2/sessions/online")).inScenario("session")
                .whenScenarioStateIs("late once").willReturn(json(201, opened)));
    }

    void tokenRefusedWith(int status, String body) {
        server.stubFor(post("/v2/auth/ksef-token").willReturn(json(status, body)));
    }

    List<LoggedRequest> requests(String path) {
        return server.findAll(postRequestedFor(urlEqualTo("/v2" + path)));
    }

    JsonNode lastBody(String path) {
        List<LoggedRequest> sent = requests(path);
        return json.readTree(sent.get(sent.size() - 1).getBodyAsString());
    }

    /** What the last authentication encrypted with the stub's public key: {@code token|timestampMs}. */
    String decryptedToken() throws GeneralSecurityException {
        return new String(rsaDecrypt(lastBody("/auth/ksef-token").path("encryptedToken").asString()),
                StandardCharsets.UTF_8);
    }

    /** The invoice as KSeF would read it: the session's AES key unwrapped with the private key, then the content. */
    byte[] decryptedInvoice() throws GeneralSecurityException {
        JsonNode encryption = lastBody("/sessions/online").path("encryption");
        byte[] aesKey = rsaDecrypt(encryption.path("encryptedSymmetricKey").asString());
        byte[] iv = Base64.getDecoder().decode(encryption.path("initializationVector").asString());
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
        return cipher.doFinal(Base64.getDecoder().decode(
                lastBody("/sessions/online/" + SESSION + "/invoices").path("encryptedInvoiceContent").asString()));
    }

    @Override
    public void close() {
        server.stop();
    }

    private byte[] rsaDecrypt(String base64) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.DECRYPT_MODE, privateKey, KsefCrypto.OAEP_SHA256);
        return cipher.doFinal(Base64.getDecoder().decode(base64));
    }

    private static MappingBuilder withAccess(MappingBuilder mapping) {
        return mapping.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String accessTokens(String accessToken) {
        return """
                {"accessToken":{"token":"%s","validUntil":"2026-12-07T11:15:00Z"},
                 "refreshToken":{"token":"refresh.jwt","validUntil":"2026-12-14T10:15:00Z"}}
                """.formatted(accessToken);
    }

    private static String authenticationStatusBody(int code, String description) {
        return """
                {"startDate":"2026-12-07T10:13:20Z","authenticationMethod":"Token",
                 "authenticationMethodInfo":{"category":"Token","code":"token.ksef","displayName":"Token KSeF"},
                 "status":{"code":%d,"description":"%s"}}
                """.formatted(code, description);
    }

    private static String invoiceStatusBody(String ksefNumber, int code, String description, String details) {
        return """
                {"ordinalNumber":1,"invoiceNumber":"FV/2026/12/0001",%s"referenceNumber":"%s",
                 "invoiceHash":"EbrK4cOSjW4hEpJaHU71YXSOZZmqP5++dK9nLgTzgV4=","invoicingDate":"2026-12-07T10:13:22Z",
                 "status":{"code":%d,"description":"%s"%s}}
                """.formatted(ksefNumber == null ? "" : "\"ksefNumber\":\"" + ksefNumber + "\",", INVOICE, code,
                description, details == null ? "" : ",\"details\":[\"" + details + "\"]");
    }
}
