import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.util.HexFormat;

/**
 * A shop's notification endpoint for trying Bramka's webhooks locally. Run it with the JDK alone:
 *
 *   java scripts/WebhookReceiver.java PORT SERVICE_KEY [STATUS]
 *
 * It prints every notification with its X-Imoje-Signature header and whether the signature verifies with the shop
 * key (sha256 of the raw body followed by the key, as imoje's plugins check it), and answers STATUS (200 by
 * default; 500 shows Bramka's retries).
 */
public class WebhookReceiver {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java scripts/WebhookReceiver.java PORT SERVICE_KEY [STATUS]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String key = args[1];
        int status = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> answer(exchange, key, status));
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + port + "/ and answering HTTP " + status);
    }

    private static void answer(HttpExchange exchange, String key, int status) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String header = exchange.getRequestHeaders().getFirst("X-Imoje-Signature");
        System.out.println("--- " + LocalTime.now() + " " + exchange.getRequestMethod() + " "
                + exchange.getRequestURI());
        System.out.println("X-Imoje-Signature: " + header);
        System.out.println("signature " + (verifies(body, header, key) ? "VALID" : "INVALID"));
        System.out.println(new String(body, StandardCharsets.UTF_8));
        byte[] reply = (status == 200 ? "{\"status\":\"ok\"}" : "{\"status\":\"error\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static boolean verifies(byte[] body, String header, String key) {
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";");
        if (parts.length != 4 || !parts[3].equals("alg=sha256")) {
            return false;
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(body);
            sha256.update(key.getBytes(StandardCharsets.UTF_8));
            return parts[2].equals("signature=" + HexFormat.of().formatHex(sha256.digest()));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
