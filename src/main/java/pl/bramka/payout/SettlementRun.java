package pl.bramka.payout;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One settlement run: the period it settled, when, how long it took and how many payouts it made. */
public record SettlementRun(LocalDate period, Instant startedAt, @Nullable Instant finishedAt, long durationMillis,
        int payoutsMade) {
}
