package pl.bramka.ksef;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * KSeF API 2.0 over {@code java.net.http}, the calls Bramka needs to send invoices with a KSeF token: the Ministry's
 * public keys, token authentication, an online session, an encrypted invoice, its status and UPO. One instance talks
 * to one environment; every failure is a {@link KsefCallFailed} carrying KSeF's own explanation.
 */
class KsefClient {

    private static final String JSON = "application/json";
    private static final int AES_KEY_BYTES = 32;
    private static final int IV_BYTES = 16;

    /** The public keys of the Ministry of Finance by use, with the ids KSeF wants to hear back. */
    record PublicKeys(PublicKey tokenKey, String tokenKeyId, PublicKey symmetricKey, String symmetricKeyId) {
    }

    /** An open online session and the AES key its invoices are encrypted with. */
    record OnlineSession(String referenceNumber, byte[] aesKey, byte[] iv) {
    }

    /** An invoice's processing status: 100/150 under way, 200 accepted with its number, 4xx refused. */
    record InvoiceStatus(int code, String description, List<String> details, @Nullable String ksefNumber,
            Map<String, String> extensions) {

        String reason() {
            StringBuilder reason = new StringBuilder(code + " " + description);
            details.forEach(detail -> reason.append("; ").append(detail));
            extensions.forEach((key, value) -> reason.append("; ").append(key).append(": ").append(value));
            return reason.toString();
        }
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final URI base;
    private final KsefSettings settings;

    KsefClient(HttpClient http, JsonMapper json, URI base, KsefSettings settings) {
        this.http = http;
        this.json = json;
        this.base = base;
        this.settings = settings;
    }

    /** The keys valid at {@code now}: while KSeF changes keys it lists the old and the new one. */
    PublicKeys publicKeys(Instant now) {
        JsonNode certificates = call(get("/security/public-key-certificates", null), 200);
        PublicKey tokenKey = null;
        String tokenKeyId = null;
        PublicKey symmetricKey = null;
        String symmetricKeyId = null;
        for (JsonNode certificate : certificates) {
            if (!validAt(certificate, now)) {
                continue;
            }
            List<String> usage = new ArrayList<>();
            certificate.path("usage").forEach(use -> usage.add(use.asString()));
            if (usage.contains("KsefTokenEncryption") && tokenKey == null) {
                tokenKey = publicKeyOf(certificate.path("certificate").asString());
                tokenKeyId = certificate.path("publicKeyId").asString(null);
            }
            if (usage.contains("SymmetricKeyEncryption") && symmetricKey == null) {
                symmetricKey = publicKeyOf(certificate.path("certificate").asString());
                symmetricKeyId = certificate.path("publicKeyId").asString(null);
            }
        }
        if (tokenKey == null || symmetricKey == null) {
            throw new KsefCallFailed("KSeF published no valid public key for token or invoice encryption");
        }
        return new PublicKeys(tokenKey, tokenKeyId, symmetricKey, symmetricKeyId);
    }

    /**
     * Authenticates with the KSeF token in the context of the seller's NIP and returns the access token: challenge,
     * the token and the challenge's time encrypted with RSA-OAEP, the operation polled until it completes, and the
     * authentication token redeemed.
     */
    String authenticate(String nip, String ksefToken, PublicKeys keys) {
        JsonNode challenge = call(post("/auth/challenge", null, null), 200);
        byte[] encrypted = KsefCrypto.rsaOaep(keys.tokenKey(),
                (ksefToken + "|" + challenge.path("timestampMs").asLong()).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("challenge", challenge.path("challenge").asString());
        request.put("contextIdentifier", Map.of("type", "Nip", "value", nip));
        request.put("encryptedToken", Base64.getEncoder().encodeToString(encrypted));
        if (keys.tokenKeyId() != null) {
            request.put("publicKeyId", keys.tokenKeyId());
        }
        JsonNode started = call(post("/auth/ksef-token", null, request), 202);
        String operationToken = started.path("authenticationToken").path("token").asString();
        String reference = started.path("referenceNumber").asString();
        for (int poll = 0; ; poll++) {
            JsonNode status = call(get("/auth/" + reference, operationToken), 200).path("status");
            int code = status.path("code").asInt();
            if (code == 200) {
                break;
            }
            if (code != 100) {
                throw new KsefCallFailed("KSeF authentication failed: " + describe(status));
            }
            if (poll + 1 >= settings.pollLimit()) {
                throw new KsefCallFailed("KSeF authentication still in progress after " + settings.pollLimit()
                        + " checks");
            }
            pause();
        }
        return call(post("/auth/token/redeem", operationToken, null), 200).path("accessToken").path("token")
                .asString();
    }

    OnlineSession openSession(String accessToken, PublicKeys keys) {
        byte[] aesKey = KsefCrypto.randomBytes(AES_KEY_BYTES);
        byte[] iv = KsefCrypto.randomBytes(IV_BYTES);
        Map<String, Object> encryption = new LinkedHashMap<>();
        encryption.put("encryptedSymmetricKey",
                Base64.getEncoder().encodeToString(KsefCrypto.rsaOaep(keys.symmetricKey(), aesKey)));
        encryption.put("initializationVector", Base64.getEncoder().encodeToString(iv));
        if (keys.symmetricKeyId() != null) {
            encryption.put("publicKeyId", keys.symmetricKeyId());
        }
        Map<String, Object> request = Map.of(
                "formCode", Map.of("systemCode", "FA (3)", "schemaVersion", "1-0E", "value", "FA"),
                "encryption", encryption);
        JsonNode opened = call(post("/sessions/online", accessToken, request), 201);
        return new OnlineSession(opened.path("referenceNumber").asString(), aesKey, iv);
    }

    /** Sends the invoice's exact bytes, encrypted with the session's key; returns the invoice's reference number. */
    String sendInvoice(String accessToken, OnlineSession session, byte[] xml) {
        byte[] encrypted = KsefCrypto.aesCbc(session.aesKey(), session.iv(), xml);
        Base64.Encoder base64 = Base64.getEncoder();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("invoiceHash", base64.encodeToString(KsefSubmissions.sha256(xml)));
        request.put("invoiceSize", xml.length);
        request.put("encryptedInvoiceHash", base64.encodeToString(KsefSubmissions.sha256(encrypted)));
        request.put("encryptedInvoiceSize", encrypted.length);
        request.put("encryptedInvoiceContent", base64.encodeToString(encrypted));
        request.put("offlineMode", false);
        return call(post("/sessions/online/" + session.referenceNumber() + "/invoices", accessToken, request), 202)
                .path("referenceNumber").asString();
    }

    void closeSession(String accessToken, String sessionReference) {
        send(post("/sessions/online/" + sessionReference + "/close", accessToken, null), 204);
    }

    InvoiceStatus invoiceStatus(String accessToken, String sessionReference, String invoiceReference) {
        JsonNode answer = call(get("/sessions/" + sessionReference + "/invoices/" + invoiceReference, accessToken),
                200);
        JsonNode status = answer.path("status");
        List<String> details = new ArrayList<>();
        status.path("details").forEach(detail -> details.add(detail.asString()));
        Map<String, String> extensions = new LinkedHashMap<>();
        status.path("extensions").properties().forEach(entry -> extensions.put(entry.getKey(),
                entry.getValue().asString("")));
        String ksefNumber = answer.path("ksefNumber").isString() ? answer.path("ksefNumber").asString() : null;
        return new InvoiceStatus(status.path("code").asInt(), status.path("description").asString(""), details,
                ksefNumber, extensions);
    }

    /** The invoice's UPO, the official receipt (XML). */
    byte[] upo(String accessToken, String sessionReference, String invoiceReference) {
        return send(get("/sessions/" + sessionReference + "/invoices/" + invoiceReference + "/upo", accessToken), 200)
                .body();
    }

    /** The UPO of an invoice KSeF already had, by its KSeF number and the session it came in. */
    byte[] upoByKsefNumber(String accessToken, String sessionReference, String ksefNumber) {
        return send(get("/sessions/" + sessionReference + "/invoices/ksef/" + ksefNumber + "/upo", accessToken), 200)
                .body();
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KsefCallFailed("interrupted while waiting for KSeF", e);
        }
    }

    private HttpRequest get(String path, @Nullable String bearer) {
        return request(path, bearer).GET().build();
    }

    private HttpRequest post(String path, @Nullable String bearer, @Nullable Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        return request(path, bearer).header("Content-Type", JSON).POST(publisher).build();
    }

    private HttpRequest.Builder request(String path, @Nullable String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString() + path))
                .timeout(settings.timeout()).header("Accept", JSON + ", application/problem+json, application/xml");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private JsonNode call(HttpRequest request, int expectedStatus) {
        byte[] body = send(request, expectedStatus).body();
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new KsefCallFailed("KSeF answered " + request.uri().getPath() + " with something that is not JSON");
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, int expectedStatus) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new KsefCallFailed("KSeF did not answer " + request.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KsefCallFailed("interrupted while waiting for KSeF", e);
        }
        if (response.statusCode() != expectedStatus) {
            throw new KsefCallFailed("KSeF answered " + request.method() + " " + request.uri().getPath() + " with "
                    + response.statusCode() + explanation(response.body()));
        }
        return response;
    }

    /** KSeF's error body in a few words: the exception list of a 400, or a problem's detail and errors. */
    private String explanation(byte[] body) {
        JsonNode error;
        try {
            error = json.readTree(body);
        } catch (JacksonException notJson) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        error.path("exception").path("exceptionDetailList").forEach(detail -> parts.add(
                detail.path("exceptionCode").asString("") + " " + detail.path("exceptionDescription").asString("")
                        + joined(detail.path("details"))));
        if (error.has("detail")) {
            parts.add(error.path("detail").asString(""));
        }
        error.path("errors").forEach(problem -> parts.add(problem.path("code").asString("") + " "
                + problem.path("description").asString("") + joined(problem.path("details"))));
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts).strip();
    }

    private static String joined(JsonNode details) {
        List<String> texts = new ArrayList<>();
        details.forEach(detail -> texts.add(detail.asString("")));
        return texts.isEmpty() ? "" : " (" + String.join(", ", texts) + ")";
    }

    private static String describe(JsonNode status) {
        return status.path("code").asString("") + " " + status.path("description").asString("")
                + joined(status.path("details"));
    }

    private static boolean validAt(JsonNode certificate, Instant now) {
        try {
            return !OffsetDateTime.parse(certificate.path("validFrom").asString()).toInstant().isAfter(now)
                    && OffsetDateTime.parse(certificate.path("validTo").asString()).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            throw new KsefCallFailed("KSeF published a public key certificate without a readable validity", e);
        }
    }

    private static PublicKey publicKeyOf(String base64Der) {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)))
                    .getPublicKey();
        } catch (CertificateException | IllegalArgumentException e) {
            throw new KsefCallFailed("KSeF published a public key certificate that cannot be read", e);
        }
    }
}
