import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate (open-model) client for latency at a given load: starts POSTs at RATE per second for SECONDS whatever
 * the answers do, and times each from the moment it was due, so a stalled server shows in the figures instead of
 * slowing the client down (wrk's closed loop would wait). The body is BODY_FILE and the headers as given, each "%d"
 * in them replaced by the request's number (unique order ids and idempotency keys). Prints "requests non_2xx p50_ms p95_ms p99_ms".
 * Usage: java OpenLoad.java URL RATE SECONDS BODY_FILE [HEADER:VALUE ...]
 */
public class OpenLoad {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        long seconds = Long.parseLong(args[2]);
        String body = Files.readString(Path.of(args[3]));
        List<String> headers = List.of(args).subList(4, args.length);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long runId = System.currentTimeMillis();
        int total = (int) Math.round(rate * seconds);
        long interval = Math.round(1e9 / rate);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            String number = runId + "-" + i;
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body.replace("%d", number)));
            for (String header : headers) {
                int colon = header.indexOf(':');
                request.header(header.substring(0, colon), header.substring(colon + 1).trim().replace("%d", number));
            }
            inFlight.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        latencies.add(System.nanoTime() - due);
                        if (error != null || response.statusCode() / 100 != 2) {
                            failed.incrementAndGet();
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d %d %.2f %.2f %.2f%n", total, failed.get(), percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    static double percentile(List<Long> sorted, double share) {
        int index = Math.max(0, (int) Math.ceil(share * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }
}
