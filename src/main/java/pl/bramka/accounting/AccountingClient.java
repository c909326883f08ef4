package pl.bramka.accounting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ING Księgowość's public API: creates one invoice with the shop's key in the {@code ApiUserCompanyRoleKey} header.
 * No redirects and no retries inside the client: the sender retries on its schedule.
 */
@Component
class AccountingClient {

    static final String KEY_HEADER = "ApiUserCompanyRoleKey";
    static final String CREATE_PATH = "/v2/api/public/create-invoice";
    private static final String PDF_PATH = "/v2/api/public/download-invoice/%s/pdf";
    private static final int MAX_MESSAGE_LENGTH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccountingSettings settings;
    private final HttpClient http;

    AccountingClient(AccountingSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Answer create(String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + CREATE_PATH))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(KEY_HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (HttpTimeoutException timeout) {
            return new Answer.Failed("no answer within " + settings.timeout().toSeconds() + " s");
        }
        catch (IOException failure) {
            return new Answer.Failed("connection failed: " + failure.getClass().getSimpleName());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer.Failed("interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return documentId(response.body())
                    .<Answer>map(id -> new Answer.Created(id, settings.baseUrl() + PDF_PATH.formatted(id)))
                    .orElseGet(() -> new Answer.Unusable("HTTP " + status + " without a document id"));
        }
        String message = "HTTP " + status + message(response.body());
        return status >= 400 && status < 500 ? new Answer.Rejected(message) : new Answer.Failed(message);
    }

    /** The document id: the service's full answer is not public, so {@code id} or {@code documentId}. */
    private static Optional<String> documentId(String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            for (String field : new String[] {"documentId", "id"}) {
                JsonNode id = answer.get(field);
                if (id != null && id.isValueNode() && !id.asString().isBlank()) {
                    return Optional.of(id.asString());
                }
            }
        }
        catch (JacksonException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The service's own message when it gives one ({@code message} or {@code error}), else the start of the body. */
    private static String message(String body) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode answer = JSON.readTree(text);
            for (String field : new String[] {"message", "error", "detail"}) {
                JsonNode value = answer == null ? null : answer.get(field);
                if (value != null && value.isString() && !value.asString().isBlank()) {
                    text = value.asString();
                    break;
                }
            }
        }
        catch (JacksonException notJson) {
            // a plain-text or HTML answer is shown as it is, shortened
        }
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH) + "…" : text);
    }

    /** How one attempt ended. */
    sealed interface Answer {

        record Created(String documentId, String pdfUrl) implements Answer {
        }

        /** A 4xx: the key or the data is wrong, and sending it again will not help. */
        record Rejected(String message) implements Answer {
        }

        /** A success the document id cannot be read from: the invoice may exist, so it is not sent again. */
        record Unusable(String message) implements Answer {
        }

        /** A 5xx, a timeout or no connection: worth another attempt. */
        record Failed(String message) implements Answer {
        }
    }
}
