package pl.bramka.report;

import java.io.IOException;

/**
 * Writes one statement file as its entries stream in, in constant memory: any number of statements (one per account
 * and currency), each opened, given its entries in booking order, and ended. {@link #finish()} completes the file
 * and flushes it; it does not close the stream it writes to.
 */
interface StatementWriter {

    void startStatement(StatementAccount account) throws IOException;

    void entry(StatementEntry entry) throws IOException;

    void endStatement() throws IOException;

    void finish() throws IOException;
}
