package pl.bramka.checkout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A shop's web site for browser tests: a real HTTP server on a free port serving the checkout page with the paywall
 * form, and the pages the gateway sends the payer back to, which it records.
 */
final class ShopSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> visited = new CopyOnWriteArrayList<>();

    ShopSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code html} at {@code path}; any other path is a page saying which it is. */
    void page(String path, String html) {
        pages.put(path, html);
    }

    /** Paths with their queries, in the order the browser asked for them. */
    List<String> visited() {
        return visited;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        visited.add(query == null ? path : path + "?" + query);
        String html = pages.getOrDefault(path, "<!DOCTYPE html><html lang=\"en\"><head><title>Shop</title></head>"
                + "<body><main><h1>Shop page " + path + "</h1></main></body></html>");
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
