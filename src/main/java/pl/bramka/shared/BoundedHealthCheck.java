package pl.bramka.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * A health check that answers within its timeout: DOWN when the check it wraps has not answered by then. That
 * check goes on in its own thread until its own timeouts end it, so a probe never waits for them.
 */
final class BoundedHealthCheck implements HealthIndicator {

    private final String name;
    private final HealthIndicator check;
    private final Duration timeout;
    private final SimpleAsyncTaskExecutor threads;

    BoundedHealthCheck(String name, HealthIndicator check, Duration timeout) {
        this.name = name;
        this.check = check;
        this.timeout = timeout;
        this.threads = new SimpleAsyncTaskExecutor("health-" + name.replace(' ', '-') + "-");
        this.threads.setDaemon(true);
    }

    @Override
    public Health health() {
        CompletableFuture<Health> answer = CompletableFuture.supplyAsync(check::health, threads);
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "the " + name + " did not answer within " + timeout).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        }
    }
}
