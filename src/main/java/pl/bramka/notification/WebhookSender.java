package pl.bramka.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import pl.bramka.notification.Delivery.Outcome;

/**
 * Sends one notification over HTTP, as imoje does: POST with imoje's headers, no redirects followed, no retries
 * inside the client (the schedule retries), no compression, cookies or proxy, at most {@code timeout} per attempt
 * from the first byte of the connection to the last of the answer, of which only a short excerpt is kept.
 */
@Component
class WebhookSender implements DisposableBean {

    static final ContentType JSON = ContentType.create("application/json", StandardCharsets.UTF_8);
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;
    private static final int EXCERPT_LENGTH = 200;

    private final AddressGuard guard;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            new CustomizableThreadFactory("webhook-deadline-"));
    private final long timeoutMillis;

    WebhookSender(AddressGuard guard, WebhookSettings settings) {
        this.guard = guard;
        this.timeoutMillis = settings.timeout().toMillis();
        Timeout timeout = Timeout.of(settings.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .setMaxConnTotal(settings.maxInFlight()).setMaxConnPerRoute(settings.perEndpoint())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).setRedirectsEnabled(false).build())
                .disableRedirectHandling().disableAutomaticRetries().disableContentCompression()
                .disableCookieManagement().disableAuthCaching().disableDefaultUserAgent()
                .build();
    }

    Delivery send(String url, byte[] body, String signatureHeader) {
        long started = System.nanoTime();
        URI target;
        try {
            target = target(url);
        }
        catch (RefusedAddress refused) {
            return new Delivery(Outcome.REFUSED_ADDRESS, null, elapsed(started), refused.getMessage(), null);
        }
        HttpPost post = new HttpPost(target);
        post.setHeader("Accept", "text/plain");
        post.setHeader("User-Agent", "imoje");
        post.setHeader(WebhookSignature.HEADER, signatureHeader);
        post.setEntity(new ByteArrayEntity(body, JSON));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            post.cancel();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            return client.execute(post, response -> {
                String excerpt = excerpt(response.getEntity() == null ? null : response.getEntity().getContent());
                int status = response.getCode();
                return new Delivery(status == 200 ? Outcome.DELIVERED : Outcome.HTTP_ERROR, status, elapsed(started),
                        null, excerpt);
            });
        }
        catch (IOException | RuntimeException failure) {
            return failed(failure, timedOut.get(), started);
        }
        finally {
            deadline.cancel(false);
        }
    }

    /** The URL as sent to: http or https, with a host, no user info, and outside demo mode a port imoje uses. */
    private URI target(String url) throws RefusedAddress {
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException e) {
            throw new RefusedAddress("not a valid address");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new RefusedAddress("only http:// and https:// addresses without user info are sent to");
        }
        Optional<String> refusedPort = guard.refusalOfPort(uri.getHost(), AddressGuard.portOf(uri));
        if (refusedPort.isPresent()) {
            throw new RefusedAddress(refusedPort.get());
        }
        return uri;
    }

    private static Delivery failed(Exception failure, boolean timedOut, long started) {
        RefusedAddress refused = causeOf(failure, RefusedAddress.class);
        if (refused != null) {
            return new Delivery(Outcome.REFUSED_ADDRESS, null, elapsed(started), refused.getMessage(), null);
        }
        if (timedOut || causeOf(failure, SocketTimeoutException.class) != null
                || causeOf(failure, ConnectTimeoutException.class) != null) {
            return new Delivery(Outcome.TIMEOUT, null, elapsed(started), "no answer in time", null);
        }
        return new Delivery(Outcome.CONNECT_ERROR, null, elapsed(started), describe(failure), null);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                + failure.getMessage());
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    private static String excerpt(InputStream content) throws IOException {
        if (content == null) {
            return null;
        }
        byte[] bytes = content.readNBytes(MAX_RESPONSE_BYTES);
        String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Override
    public void destroy() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    /** Resolves a host name and refuses the whole lookup when any of its addresses may not be sent to. */
    private record GuardedResolver(AddressGuard guard) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            for (InetAddress address : addresses) {
                Optional<String> refusal = guard.refusal(address);
                if (refusal.isPresent()) {
                    throw new RefusedAddress(refusal.get());
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }
}
