package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.payment.TransactionStatus.AUTHORIZED;
import static pl.bramka.payment.TransactionStatus.CANCELLED;
import static pl.bramka.payment.TransactionStatus.ERROR;
import static pl.bramka.payment.TransactionStatus.NEW;
import static pl.bramka.payment.TransactionStatus.PENDING;
import static pl.bramka.payment.TransactionStatus.REJECTED;
import static pl.bramka.payment.TransactionStatus.SETTLED;
import static pl.bramka.payment.acquirer.TransactionEvent.AUTHORIZE;
import static pl.bramka.payment.acquirer.TransactionEvent.EXPIRE;
import static pl.bramka.payment.acquirer.TransactionEvent.FAIL;
import static pl.bramka.payment.acquirer.TransactionEvent.REJECT;
import static pl.bramka.payment.acquirer.TransactionEvent.SETTLE;
import static pl.bramka.payment.acquirer.TransactionEvent.START;

import java.util.Arrays;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.bramka.payment.acquirer.TransactionEvent;

/** Every (status, event) pair: 7 × 6 = 42 cases, each with the status it must lead to or none. */
class TransactionStateMachineTests {

    /** Rows are statuses, columns the events START, AUTHORIZE, SETTLE, REJECT, EXPIRE, FAIL; null = refused. */
    private static final Object[][] EXPECTED = {
            {NEW, PENDING, AUTHORIZED, SETTLED, REJECTED, CANCELLED, ERROR},
            {PENDING, null, AUTHORIZED, SETTLED, REJECTED, CANCELLED, ERROR},
            {AUTHORIZED, null, null, SETTLED, REJECTED, null, ERROR},
            {SETTLED, null, null, null, null, null, null},
            {REJECTED, null, null, null, null, null, null},
            {CANCELLED, null, null, null, null, null, null},
            {ERROR, null, null, null, null, null, null},
    };
    private static final TransactionEvent[] COLUMNS = {START, AUTHORIZE, SETTLE, REJECT, EXPIRE, FAIL};

    static Stream<Arguments> everyPair() {
        assertThat(COLUMNS).containsExactlyInAnyOrder(TransactionEvent.values());
        assertThat(Arrays.stream(EXPECTED).map(row -> row[0])).containsExactlyInAnyOrder(
                (Object[]) TransactionStatus.values());
        Stream.Builder<Arguments> pairs = Stream.builder();
        for (Object[] row : EXPECTED) {
            for (int column = 0; column < COLUMNS.length; column++) {
                pairs.add(Arguments.of(row[0], COLUMNS[column], row[column + 1]));
            }
        }
        return pairs.build();
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("everyPair")
    void everyStatusAndEventPair(TransactionStatus status, TransactionEvent event,
            @Nullable TransactionStatus expected) {
        assertThat(TransactionStateMachine.next(status, event)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalStatuses")
    void aFinalStatusNeverChanges(TransactionStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(TransactionEvent.values()).allSatisfy(
                event -> assertThat(TransactionStateMachine.next(status, event)).isEmpty());
    }

    static Stream<TransactionStatus> finalStatuses() {
        return Stream.of(SETTLED, REJECTED, CANCELLED, ERROR);
    }
}
