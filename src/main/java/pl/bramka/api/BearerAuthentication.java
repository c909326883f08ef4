package pl.bramka.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;
import pl.bramka.integration.ApiClient;
import pl.bramka.integration.ApiScope;
import pl.bramka.integration.ShopCredentials;

/**
 * Authenticates every request under {@code /v1/merchant/**} before its handler runs, unknown paths included:
 * {@code Authorization: Bearer <token>} must name a token that is not revoked, and the path's merchantId must be
 * that token's merchant; otherwise 401. A handler marked {@link RequiresScope} also needs the token to have that
 * scope; otherwise 403, before the handler runs, so nothing is written. Spring Security lets these paths through (they carry no session), so this
 * is the API's only door.
 */
@Component
class BearerAuthentication implements HandlerInterceptor {

    private static final String CLIENT = BearerAuthentication.class.getName() + ".client";
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7e]+) *");
    private static final Pattern MERCHANT_PATH = Pattern.compile("/v1/merchant/([^/]*)(/.*)?");

    private final ShopCredentials credentials;

    BearerAuthentication(ShopCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ApiClient client = token(request.getHeader("Authorization")).flatMap(credentials::authenticate)
                .orElseThrow(() -> ApiProblem.unauthorized(
                        "Send a valid API token of the shop as Authorization: Bearer <token>."));
        Matcher path = MERCHANT_PATH.matcher(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
        if (!path.matches() || !path.group(1).equals(client.merchantPublicId())) {
            throw ApiProblem.unauthorized("This API token does not act for the merchant in the path.");
        }
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RequiresScope.class)) {
            ApiScope scope = method.getMethodAnnotation(RequiresScope.class).value();
            if (!client.allows(scope)) {
                throw ApiProblem.forbidden("This API token does not have the " + scope + " scope; issue a token "
                        + "with it on the shop's integration tab.");
            }
        }
        request.setAttribute(CLIENT, client);
        return true;
    }

    /** The shop the request was authenticated for. */
    static ApiClient client(HttpServletRequest request) {
        ApiClient client = (ApiClient) request.getAttribute(CLIENT);
        if (client == null) {
            throw new IllegalStateException("API request without authentication: " + request.getRequestURI());
        }
        return client;
    }

    /** The bearer value of an {@code Authorization} header, when it is one. */
    static Optional<String> token(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(header);
        return bearer.matches() ? Optional.of(bearer.group(1)) : Optional.empty();
    }
}
