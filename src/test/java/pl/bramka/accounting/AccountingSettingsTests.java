package pl.bramka.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AccountingSettingsTests {

    @Test
    void theRetryDelayDoublesAfterEachFailedAttempt() {
        AccountingSettings settings = settings(Duration.ofMinutes(2));

        assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryDelayAfter(7)).isEqualTo(Duration.ofMinutes(64));
    }

    @Test
    void aLeaseNoLongerThanOneAttemptIsRefusedAtStart() {
        assertThatThrownBy(() -> settings(Duration.ofSeconds(35)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bramka.accounting.lease");
    }

    @Test
    void aTrailingSlashOfTheBaseUrlIsIgnored() {
        assertThat(new AccountingSettings("https://ksiegowosc.example/", Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(1), 8, Duration.ofMinutes(2))
                .baseUrl()).isEqualTo("https://ksiegowosc.example");
    }

    private static AccountingSettings settings(Duration lease) {
        return new AccountingSettings("https://ksiegowosc.example", Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofMinutes(1), 8, lease);
    }
}
