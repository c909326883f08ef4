import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The proxy of P7: a bare JDK HttpClient posting the same payload as fast as it can with a fixed number of
 * concurrent requests. Prints requests per second. Usage: java PostLoop.java URL COUNT CONCURRENCY BODY_FILE
 */
public class PostLoop {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        byte[] body = Files.readAllBytes(Path.of(args[3]));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger remaining = new AtomicInteger(count);
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                while (remaining.getAndDecrement() > 0) {
                    HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type",
                            "application/json; charset=UTF-8").header("X-Imoje-Signature", "merchantid=m;serviceid=s;"
                            + "signature=0000000000000000000000000000000000000000000000000000000000000000;alg=sha256")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    try {
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%.1f%n", count / seconds);
    }
}
