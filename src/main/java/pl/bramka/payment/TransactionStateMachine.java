package pl.bramka.payment;

import static pl.bramka.payment.TransactionStatus.AUTHORIZED;
import static pl.bramka.payment.TransactionStatus.CANCELLED;
import static pl.bramka.payment.TransactionStatus.ERROR;
import static pl.bramka.payment.TransactionStatus.NEW;
import static pl.bramka.payment.TransactionStatus.PENDING;
import static pl.bramka.payment.TransactionStatus.REJECTED;
import static pl.bramka.payment.TransactionStatus.SETTLED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import pl.bramka.payment.acquirer.TransactionEvent;

/**
 * The only way a transaction's status changes. A status moves forward only; final statuses accept no event, so a
 * late or repeated answer from an acquirer can never turn a settled payment into a rejected one.
 */
final class TransactionStateMachine {

    private static final Map<TransactionStatus, Map<TransactionEvent, TransactionStatus>> TRANSITIONS =
            new EnumMap<>(TransactionStatus.class);

    static {
        allow(NEW, TransactionEvent.START, PENDING);
        allow(NEW, TransactionEvent.AUTHORIZE, AUTHORIZED);
        allow(NEW, TransactionEvent.SETTLE, SETTLED);
        allow(NEW, TransactionEvent.REJECT, REJECTED);
        allow(NEW, TransactionEvent.EXPIRE, CANCELLED);
        allow(NEW, TransactionEvent.FAIL, ERROR);
        allow(PENDING, TransactionEvent.AUTHORIZE, AUTHORIZED);
        allow(PENDING, TransactionEvent.SETTLE, SETTLED);
        allow(PENDING, TransactionEvent.REJECT, REJECTED);
        allow(PENDING, TransactionEvent.EXPIRE, CANCELLED);
        allow(PENDING, TransactionEvent.FAIL, ERROR);
        allow(AUTHORIZED, TransactionEvent.SETTLE, SETTLED);
        allow(AUTHORIZED, TransactionEvent.REJECT, REJECTED);
        allow(AUTHORIZED, TransactionEvent.FAIL, ERROR);
    }

    private TransactionStateMachine() {
    }

    private static void allow(TransactionStatus from, TransactionEvent event, TransactionStatus to) {
        TRANSITIONS.computeIfAbsent(from, status -> new EnumMap<>(TransactionEvent.class)).put(event, to);
    }

    /** The status {@code event} leads to from {@code status}; empty when the event is not allowed there. */
    static Optional<TransactionStatus> next(TransactionStatus status, TransactionEvent event) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(status, Map.of()).get(event));
    }
}
