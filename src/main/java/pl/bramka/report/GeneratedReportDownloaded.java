package pl.bramka.report;

import java.util.UUID;

/**
 * A user downloaded a report file generated in the background (the audit log records it).
 *
 * @param parameters the report's parameters as the user chose them when asking for it
 */
public record GeneratedReportDownloaded(UUID merchantId, UUID downloadedBy, UUID reportId, String fileName,
        String parameters) {
}
