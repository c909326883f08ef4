package pl.bramka.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import pl.bramka.shared.Tokens;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request body as sent: its raw bytes (their SHA-256 is what an Idempotency-Key is bound to) and the JSON object
 * they hold, with its keys in the order they came. The object is kept on the request, so an error answer can echo
 * it as {@code instance}.
 */
record JsonBody(byte[] raw, ObjectNode json) {

    /** Larger bodies are refused with 413; a real create request is a few kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The request attribute with the body's JSON object, echoed by error answers. */
    static final String INSTANCE = JsonBody.class.getName() + ".instance";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    String digest() {
        return Tokens.sha256Hex(raw);
    }

    /** Reads the body: 415 unless it is declared JSON, 413 when too large, 400 unless it is one JSON object. */
    static JsonBody read(HttpServletRequest request) {
        requireJson(request.getContentType());
        byte[] raw = readLimited(request);
        JsonNode tree;
        try {
            tree = JSON.readTree(raw);
        } catch (JacksonException e) {
            throw ApiProblem.malformed("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw ApiProblem.malformed("The body must be a JSON object.");
        }
        request.setAttribute(INSTANCE, tree);
        return new JsonBody(raw, (ObjectNode) tree);
    }

    private static void requireJson(String contentType) {
        boolean json;
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            json = type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    && !type.isWildcardSubtype() || "json".equals(type.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException e) {
            json = false;
        }
        if (!json) {
            throw new ApiProblem(415, ApiProblem.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as JSON with Content-Type: application/json.", List.of());
        }
    }

    private static byte[] readLimited(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] raw = in.readNBytes(MAX_BYTES + 1);
            if (raw.length > MAX_BYTES) {
                throw tooLarge();
            }
            return raw;
        } catch (IOException e) {
            throw ApiProblem.malformed("The body could not be read.");
        }
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(413, ApiProblem.TOO_LARGE, "The body is larger than " + MAX_BYTES + " bytes.",
                List.of());
    }
}
