package pl.bramka.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;
import pl.bramka.api.ApiProblem.FieldProblem;
import pl.bramka.payment.PaymentRefused;
import pl.bramka.payment.TransactionWireFormat;

/**
 * Every failure under {@code /v1/} ends here, whoever raised it (a handler, the bearer check, Spring MVC choosing
 * no handler), and is answered as imoje does: {@code {"apiErrorResponse":{code, message, instance, errors}}} with
 * the request body echoed as {@code instance} ({@code {}} when there was none or it was not JSON). Never a page,
 * never a redirect. Runs before Spring's own resolvers and leaves every other path to them.
 */
@Component
class ApiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception exception) {
        if (!isApi(request) || response.isCommitted()) {
            return null;
        }
        ApiProblem problem = translate(exception, request);
        if (exception instanceof HttpRequestMethodNotSupportedException notSupported
                && notSupported.getSupportedHttpMethods() != null) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ",
                    notSupported.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        if (problem.status() == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bramka\"");
        }
        write(response, problem, request.getAttribute(JsonBody.INSTANCE));
        return new ModelAndView();
    }

    static boolean isApi(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/v1/");
    }

    private static ApiProblem translate(Exception exception, HttpServletRequest request) {
        if (exception instanceof ApiProblem problem) {
            return problem;
        }
        if (exception instanceof PaymentRefused refused) {
            return refusal(refused);
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return ApiProblem.notFound("No such API path.");
        }
        if (exception instanceof HttpRequestMethodNotSupportedException) {
            return new ApiProblem(405, ApiProblem.METHOD_NOT_ALLOWED,
                    "This path does not take " + request.getMethod() + ".", List.of());
        }
        if (exception instanceof HttpMessageNotReadableException) {
            return ApiProblem.malformed("The body could not be read.");
        }
        if (exception instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            int status = spring.getStatusCode().value();
            return new ApiProblem(status, status == 415 ? ApiProblem.UNSUPPORTED_MEDIA_TYPE
                    : String.format("REQUEST-ERROR-%06d", status), spring.getBody().getDetail() == null
                    ? "The request was refused." : spring.getBody().getDetail(), List.of());
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), exception);
        return new ApiProblem(500, ApiProblem.SERVER_ERROR, "Internal error; nothing was changed.", List.of());
    }

    private static ApiProblem refusal(PaymentRefused refused) {
        return switch (refused.reason()) {
            case SHOP_UNAVAILABLE -> ApiProblem.refused(ApiProblem.SHOP_INACTIVE,
                    "The shop is not active, so it cannot take payments yet.", "serviceId");
            case METHOD_UNAVAILABLE -> ApiProblem.refused(ApiProblem.METHOD_UNAVAILABLE,
                    "The payment method is not enabled for this shop.", "paymentMethodCode");
            case IDEMPOTENCY_KEY_REUSED -> ApiProblem.refused(ApiProblem.IDEMPOTENCY_KEY_REUSED,
                    TransactionController.IDEMPOTENCY_KEY_REUSED_MESSAGE, TransactionController.IDEMPOTENCY_KEY);
            case NOT_PAYABLE -> ApiProblem.refused(ApiProblem.PAYMENT_IN_PROGRESS,
                    "The payment is paid or its payer is paying it now.", "paymentId");
            case EXPIRED -> ApiProblem.refused(ApiProblem.PAYMENT_ENDED,
                    "The payment is already cancelled or past its validity.", "paymentId");
        };
    }

    private static void write(HttpServletResponse response, ApiProblem problem, @Nullable Object instance) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", problem.code());
        error.put("message", problem.getMessage());
        error.put("instance", instance == null ? Map.of() : instance);
        error.put("errors", problem.errors().stream().map(ApiErrors::field).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiErrorResponse", error);
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try {
            response.getOutputStream().write(TransactionWireFormat.json(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> field(FieldProblem problem) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("field", problem.field());
        field.put("message", problem.message());
        return field;
    }
}
