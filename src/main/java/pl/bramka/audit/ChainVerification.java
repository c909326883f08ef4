package pl.bramka.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Walks a merchant's chain from its first entry and names the first entry that does not fit. Entries are numbered
 * 1, 2, 3 … and the head row holds the last number and hash, so:
 * <ul>
 * <li>a number beyond the head's last is an entry <b>inserted</b> behind the application's back;</li>
 * <li>a missing number (a gap, or fewer entries than the head records) is an entry <b>deleted</b>;</li>
 * <li>an entry whose hash is not the hash of its canonical form was <b>edited</b>;</li>
 * <li>an entry whose own hash fits but which does not name its predecessor's hash follows a predecessor that was
 * rewritten with its hash recomputed: the chain is <b>broken</b> there.</li>
 * </ul>
 * Whoever can rewrite the head row as well could hide an appended forgery; the head's hash, written down elsewhere,
 * anchors the chain against that.
 */
@Component
class ChainVerification {

    private static final int SLICE = 500;

    /** What is wrong with the entry a verification names. */
    public enum Problem { EDITED, INSERTED, DELETED, BROKEN }

    /** The outcome: how many entries were checked, and the first problem found, if any (public for the page). */
    public record Result(long checked, Optional<Problem> problem, long seq) {

        static Result intact(long checked) {
            return new Result(checked, Optional.empty(), 0);
        }

        static Result found(long checked, Problem problem, long seq) {
            return new Result(checked, Optional.of(problem), seq);
        }

        public boolean isIntact() {
            return problem.isEmpty();
        }
    }

    private final AuditChain chain;

    ChainVerification(AuditChain chain) {
        this.chain = chain;
    }

    Result verify(UUID merchantId) {
        AuditChain.Head head = chain.head(merchantId).orElse(new AuditChain.Head(0, AuditEntry.GENESIS));
        long expectedSeq = 1;
        String previousHash = AuditEntry.GENESIS;
        long checked = 0;
        List<AuditEntry> slice = chain.slice(merchantId, 0, SLICE);
        while (!slice.isEmpty()) {
            for (AuditEntry entry : slice) {
                if (entry.seq() > head.lastSeq()) {
                    return Result.found(checked, Problem.INSERTED, entry.seq());
                }
                if (entry.seq() != expectedSeq) {
                    return Result.found(checked, Problem.DELETED, expectedSeq);
                }
                if (!CanonicalForm.hashOf(entry).equals(entry.entryHash())) {
                    return Result.found(checked, Problem.EDITED, entry.seq());
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return Result.found(checked, Problem.BROKEN, entry.seq());
                }
                previousHash = entry.entryHash();
                expectedSeq++;
                checked++;
            }
            slice = chain.slice(merchantId, expectedSeq - 1, SLICE);
        }
        if (expectedSeq - 1 < head.lastSeq()) {
            return Result.found(checked, Problem.DELETED, expectedSeq);
        }
        if (!previousHash.equals(head.lastHash())) {
            return Result.found(checked, Problem.BROKEN, expectedSeq - 1);
        }
        return Result.intact(checked);
    }
}
