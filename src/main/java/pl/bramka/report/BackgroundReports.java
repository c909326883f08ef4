package pl.bramka.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Files too large to download while the user waits: written in the background, with their progress shown in
 * {@code /reports/generated}, where they stay downloadable for seven days by the merchant's users who may see reports.
 */
interface BackgroundReports {

    /** Starts writing the file and returns at once with the id it is listed under. */
    UUID start(Request request, Content content);

    /**
     * @param merchantId   whose file it is
     * @param requestedBy  the user who asked for it
     * @param fileName     the name it downloads under, e.g. {@code transakcje-2026-11.csv}
     * @param contentType  its media type
     * @param expectedRows the row count the query will give, for the progress bar
     * @param parameters   the report's parameters as the user chose them, shown in the list (e.g. the query string)
     */
    record Request(UUID merchantId, UUID requestedBy, String fileName, String contentType, long expectedRows,
            String parameters) {
    }

    /** Writes the file, telling how many rows are written so far (it may be told every few thousand rows). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out, LongConsumer rowsWritten) throws IOException;
    }
}
