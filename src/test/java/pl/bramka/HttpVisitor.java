package pl.bramka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * A visitor of the running application over real HTTP, without a browser: it keeps its cookies (so its session),
 * fills the CSRF token of the form it just loaded, and may connect from another loopback address (a proxy in front
 * of Bramka, say) or send headers of its choosing (a forged Host, X-Forwarded-For). Redirects are not followed.
 */
public final class HttpVisitor implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final InetAddress localAddress;
    private final BasicCookieStore cookies;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final CloseableHttpClient client;

    private HttpVisitor(String baseUrl, InetAddress localAddress, BasicCookieStore cookies) {
        this.baseUrl = baseUrl;
        this.localAddress = localAddress;
        this.cookies = cookies;
        this.client = HttpClients.custom()
                .setDefaultCookieStore(cookies)
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).build())
                // A 429 or 503 answer is what a test looks at, not something to wait out (Retry-After) and repeat
                .disableAutomaticRetries()
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                    @Override
                    protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                        return localAddress;
                    }
                })
                .build();
    }

    /** A visitor connecting from 127.0.0.1, as any test does. */
    public static HttpVisitor of(String baseUrl) {
        return from(baseUrl, "127.0.0.1");
    }

    /** A visitor connecting from this local address (Linux answers on all of 127.0.0.0/8). */
    public static HttpVisitor from(String baseUrl, String localAddress) {
        try {
            return new HttpVisitor(baseUrl, InetAddress.getByName(localAddress), new BasicCookieStore());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same browser, with its cookies (so its session), at another address: another node behind the balancer. */
    public HttpVisitor sameBrowserAt(String otherBaseUrl) {
        return new HttpVisitor(otherBaseUrl, localAddress, cookies);
    }

    /** Sends this header with every later request. */
    public HttpVisitor header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Answer get(String path) {
        HttpGet get = new HttpGet(baseUrl + path);
        get.setHeader("Accept", "text/html");
        return execute(get);
    }

    /** Loads the page at {@code path} and submits its form with these fields and the page's CSRF token. */
    public Answer submit(String path, Map<String, String> fields) {
        return post(path, csrfTokenOf(get(path)), fields);
    }

    /** Posts these fields with the CSRF token taken from {@code formPage}. */
    public Answer submit(String formPage, String action, Map<String, String> fields) {
        return post(action, csrfTokenOf(get(formPage)), fields);
    }

    public Answer postJson(String path, String json, String bearerToken) {
        HttpPost post = new HttpPost(baseUrl + path);
        post.setHeader("Authorization", "Bearer " + bearerToken);
        post.setHeader("Accept", "application/json");
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return execute(post);
    }

    /** Signs in through the sign-in form; the session cookie stays with this visitor. */
    public Answer signIn(String email, String password) {
        return submit("/login", Map.of("email", email, "password", password));
    }

    private Answer post(String path, String csrfToken, Map<String, String> fields) {
        HttpPost post = new HttpPost(baseUrl + path);
        post.setHeader("Accept", "text/html");
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("_csrf", csrfToken));
        fields.forEach((name, value) -> form.add(new BasicNameValuePair(name, value)));
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        return execute(post);
    }

    private Answer execute(HttpUriRequestBase request) {
        headers.forEach(request::setHeader);
        try {
            return client.execute(request, response -> {
                Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (var header : response.getHeaders()) {
                    received.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next);
                }
                String body = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                String location = response.getFirstHeader("Location") == null ? null
                        : response.getFirstHeader("Location").getValue();
                return new Answer(response.getCode(), body, location, received);
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csrfTokenOf(Answer page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token in the page (HTTP " + page.status() + ")");
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        try {
            client.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer as it came: status, body, where a redirect points, and its headers (repeated ones joined). */
    public record Answer(int status, String body, String location, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name);
        }
    }
}
