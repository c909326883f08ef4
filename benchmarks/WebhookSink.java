import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * A shop's notification endpoint for the benchmarks: reads each request, waits DELAY_MS (0 answers at once; 11000
 * outlasts Bramka's 10 s timeout) and answers 200 {"status":"ok"}. Usage: java WebhookSink.java PORT [DELAY_MS]
 */
public class WebhookSink {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        long delay = args.length > 1 ? Long.parseLong(args[1]) : 0;
        byte[] ok = "{\"status\":\"ok\"}".getBytes();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        server.start();
        System.out.println("ready");
    }
}
