package pl.bramka.notification;

import java.time.Duration;

/**
 * Waits for something the background dispatcher does. The bound only keeps a broken build from hanging; it is not
 * a timing requirement (those live in benchmarks/).
 */
final class Eventually {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private Eventually() {
    }

    static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            }
            catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                sleep(Duration.ofMillis(50));
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
