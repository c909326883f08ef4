package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.shared.Tokens;

/**
 * A shop's notification endpoint over real HTTP on localhost: it keeps every request's raw bytes and headers,
 * checks each signature with the shop's key the way plugins do, and answers what the test scripts (by the number of
 * the request, from 1), optionally holding requests until the test lets them go.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(byte[] body, String signatureHeader, String contentType, String userAgent, String accept,
            boolean signatureValid) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final TestShop shop;
    private final List<Received> received = new ArrayList<>();
    private volatile IntUnaryOperator answer = request -> 200;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile Consumer<Received> onReceipt = request -> { };

    WebhookReceiver(TestShop shop) throws IOException {
        this.shop = shop;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/imoje/notify";
    }

    /** Answers this HTTP status to request number n. */
    WebhookReceiver answering(IntUnaryOperator statusOfRequest) {
        this.answer = statusOfRequest;
        return this;
    }

    /** Runs for every request before it is answered, as a plugin re-checks a notification against the API. */
    WebhookReceiver checkingEach(Consumer<Received> check) {
        this.onReceipt = check;
        return this;
    }

    /** Holds every request until {@link #release()}. */
    void holdRequests() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    int count() {
        return received().size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String header = exchange.getRequestHeaders().getFirst("X-Imoje-Signature");
        int number;
        Received request = new Received(body, header, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("Accept"), verifies(body, header));
        synchronized (this) {
            received.add(request);
            number = received.size();
        }
        onReceipt.accept(request);
        try {
            hold.await(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = answer.applyAsInt(number);
        byte[] reply = (status == 200 ? "{\"status\":\"ok\"}" : "{\"status\":\"error\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    /** The check of WooCommerce's plugin: the parts by position, then sha256 of the raw body and the key. */
    private boolean verifies(byte[] body, String header) {
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";");
        if (parts.length != 4 || !parts[0].equals("merchantid=" + shop.merchantPublicId())
                || !parts[1].equals("serviceid=" + shop.serviceId()) || !parts[3].equals("alg=sha256")) {
            return false;
        }
        byte[] key = shop.serviceKey().getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[body.length + key.length];
        System.arraycopy(body, 0, signed, 0, body.length);
        System.arraycopy(key, 0, signed, body.length, key.length);
        return parts[2].equals("signature=" + Tokens.sha256Hex(signed));
    }

    /** Every request so far carried a valid signature and imoje's headers. */
    void assertAllSigned() {
        assertThat(received()).allSatisfy(request -> {
            assertThat(request.signatureValid()).as(request.signatureHeader()).isTrue();
            assertThat(request.contentType()).isEqualTo("application/json; charset=UTF-8");
            assertThat(request.userAgent()).isEqualTo("imoje");
            assertThat(request.accept()).isEqualTo("text/plain");
        });
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
