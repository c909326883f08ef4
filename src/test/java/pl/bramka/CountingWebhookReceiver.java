package pl.bramka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import pl.bramka.shared.Tokens;

/** A healthy notification endpoint over real HTTP that counts how many times it received each body. */
final class CountingWebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Integer> receiptsByBodyDigest = new ConcurrentHashMap<>();

    CountingWebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/imoje/notify";
    }

    /** How many times each body came, by its SHA-256 in hex. */
    Map<String, Integer> receiptsByBodyDigest() {
        return Map.copyOf(receiptsByBodyDigest);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            receiptsByBodyDigest.merge(Tokens.sha256Hex(body.readAllBytes()), 1, Integer::sum);
        }
        byte[] reply = "{\"status\":\"ok\"}".getBytes();
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
