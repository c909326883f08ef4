package pl.bramka.api;

import java.util.List;

/**
 * An API request that is answered with {@code apiErrorResponse}: the HTTP status, a stable code (listed in
 * docs/api.md), a message for the shop's developer and, for invalid fields, one entry per field. Nothing was
 * written when one is thrown.
 */
class ApiProblem extends RuntimeException {

    /** One invalid field; nested fields are dotted ({@code customer.email}), headers by their name. */
    record FieldProblem(String field, String message) {
    }

    static final String VALIDATION = "TRX-ERROR-110001";
    static final String IDEMPOTENCY_KEY_REUSED = "TRX-ERROR-110002";
    static final String SHOP_INACTIVE = "TRX-ERROR-120001";
    static final String METHOD_UNAVAILABLE = "TRX-ERROR-120100";
    static final String REFUND_AMOUNT = "TRX-ERROR-130001";
    static final String REFUND_NOT_SETTLED = "TRX-ERROR-130002";
    static final String REFUND_NOTHING_LEFT = "TRX-ERROR-130003";
    static final String REFUND_NOT_A_SALE = "TRX-ERROR-130004";
    static final String PAYMENT_IN_PROGRESS = "TRX-ERROR-140001";
    static final String PAYMENT_ENDED = "TRX-ERROR-140002";
    static final String UNAUTHORIZED = "AUTH-ERROR-000401";
    static final String TOKEN_REPLACED = "AUTH-ERROR-000422";
    static final String FORBIDDEN = "AUTH-ERROR-000403";
    static final String NOT_FOUND = "NOT-FOUND-000404";
    static final String MALFORMED = "REQUEST-ERROR-000400";
    static final String METHOD_NOT_ALLOWED = "REQUEST-ERROR-000405";
    static final String TOO_LARGE = "REQUEST-ERROR-000413";
    static final String UNSUPPORTED_MEDIA_TYPE = "REQUEST-ERROR-000415";
    static final String SERVER_ERROR = "SERVER-ERROR-000500";

    private final int status;
    private final String code;
    private final List<FieldProblem> errors;

    ApiProblem(int status, String code, String message, List<FieldProblem> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    static ApiProblem unauthorized(String message) {
        return new ApiProblem(401, UNAUTHORIZED, message, List.of());
    }

    /** A valid token without the scope the call needs. */
    static ApiProblem forbidden(String message) {
        return new ApiProblem(403, FORBIDDEN, message, List.of());
    }

    static ApiProblem notFound(String message) {
        return new ApiProblem(404, NOT_FOUND, message, List.of());
    }

    static ApiProblem malformed(String message) {
        return new ApiProblem(400, MALFORMED, message, List.of());
    }

    static ApiProblem invalid(List<FieldProblem> errors) {
        return new ApiProblem(422, VALIDATION, "Invalid or missing parameters.", errors);
    }

    static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** A refusal that is not about a field's form: 422 with its own code and, when one field is to blame, that field. */
    static ApiProblem refused(String code, String message, String field) {
        return new ApiProblem(422, code, message, List.of(new FieldProblem(field, message)));
    }

    static ApiProblem refused(String code, String message) {
        return new ApiProblem(422, code, message, List.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
