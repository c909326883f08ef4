package pl.bramka.shop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts in force the IBAN changes of single-Representative merchants whose objection period is over. Safe on any
 * number of nodes: each change is applied under the lock of its shop row and only while still pending.
 */
@Component
class IbanChangeDeadlines {

    private static final Logger log = LoggerFactory.getLogger(IbanChangeDeadlines.class);
    private static final int BATCH = 50;

    private final IbanChanges changes;

    IbanChangeDeadlines(IbanChanges changes) {
        this.changes = changes;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void applyDue() {
        for (IbanChange due : changes.due(BATCH)) {
            if (changes.applyIfStillDue(due)) {
                log.info("IBAN change {} of shop {} took effect after the objection period", due.id(),
                        due.serviceId());
            }
        }
    }
}
