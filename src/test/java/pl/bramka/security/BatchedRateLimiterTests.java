package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.IntegrationTest;

/** Each instance stands for one node; the database's row is what the nodes share. */
class BatchedRateLimiterTests extends IntegrationTest {

    private static final RateLimit THREE_A_MINUTE = RateLimit.valueOf("3/1m");

    @Autowired
    private RateLimiter database;

    @Test
    void betweenSharesANodeCountsItsRequestsExactlyAndTheDatabaseGetsThemInOneStatement() {
        BatchedRateLimiter node = new BatchedRateLimiter(database, clock, Duration.ofHours(1));

        for (int request = 0; request < THREE_A_MINUTE.requests(); request++) {
            assertThat(node.refusal("test:one-node", THREE_A_MINUTE)).as("request %d", request).isEmpty();
        }

        assertThat(node.refusal("test:one-node", THREE_A_MINUTE)).hasValueSatisfying(retryAfter ->
                assertThat(retryAfter).isBetween(Duration.ofSeconds(1), THREE_A_MINUTE.window()));
        assertThat(hitsInDatabase("test:one-node")).as("only the window's first request was shared yet").isEqualTo(1);
    }

    @Test
    void aShareAddsEveryRequestCountedSinceTheLastOne() {
        BatchedRateLimiter node = new BatchedRateLimiter(database, clock, Duration.ofSeconds(1));
        for (int request = 0; request < THREE_A_MINUTE.requests(); request++) {
            node.refusal("test:batch", THREE_A_MINUTE);
        }

        clock.advance(Duration.ofSeconds(1));

        assertThat(node.refusal("test:batch", THREE_A_MINUTE)).isPresent();
        assertThat(hitsInDatabase("test:batch")).isEqualTo(THREE_A_MINUTE.requests() + 1);
    }

    @Test
    void nodesSeeEachOthersRequestsWhenTheyShare() {
        BatchedRateLimiter first = new BatchedRateLimiter(database, clock, Duration.ZERO);
        BatchedRateLimiter second = new BatchedRateLimiter(database, clock, Duration.ZERO);

        assertThat(first.refusal("test:two-nodes", THREE_A_MINUTE)).isEmpty();
        assertThat(second.refusal("test:two-nodes", THREE_A_MINUTE)).isEmpty();
        assertThat(first.refusal("test:two-nodes", THREE_A_MINUTE)).isEmpty();

        assertThat(second.refusal("test:two-nodes", THREE_A_MINUTE)).isPresent();
        assertThat(first.refusal("test:two-nodes", THREE_A_MINUTE)).isPresent();
    }

    @Test
    void theWindowEndsAndRequestsAreTakenAgain() {
        BatchedRateLimiter node = new BatchedRateLimiter(database, clock, Duration.ofHours(1));
        for (int request = 0; request <= THREE_A_MINUTE.requests(); request++) {
            node.refusal("test:window", THREE_A_MINUTE);
        }
        assertThat(node.refusal("test:window", THREE_A_MINUTE)).isPresent();

        clock.advance(THREE_A_MINUTE.window());

        assertThat(node.refusal("test:window", THREE_A_MINUTE)).isEmpty();
        assertThat(hitsInDatabase("test:window")).as("the new window starts in the database too").isEqualTo(1);
    }

    private int hitsInDatabase(String key) {
        return jdbc.sql("select hits from rate_limit_window where limit_key = ?").param(key).query(Integer.class)
                .single();
    }
}
