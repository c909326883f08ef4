package pl.bramka.payout;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cutOff                when a settlement day ends, in Warsaw time: a period runs from one cut-off to the next
 *                              and is paid out by the first run after its end
 * @param runInterval           how often each node looks for a period that ended and has not been settled yet
 * @param markSentAutomatically payouts count as sent right after the run (the sandbox moves no money; on in demo
 *                              mode), instead of waiting for the operator to mark them
 */
@ConfigurationProperties("bramka.payouts")
record PayoutSettings(@DefaultValue("00:00") LocalTime cutOff, @DefaultValue("1m") Duration runInterval,
        @DefaultValue("false") boolean markSentAutomatically) {
}
