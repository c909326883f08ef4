package pl.bramka.report;

import java.io.OutputStream;
import java.time.Instant;

/** Opens a {@link StatementWriter} for the chosen format and options. */
interface StatementFormats {

    /**
     * @param createdAt the snapshot time written as the file's creation time, so the same parameters give the same
     *                  bytes
     */
    StatementWriter open(StatementOptions options, OutputStream out, Instant createdAt);
}
