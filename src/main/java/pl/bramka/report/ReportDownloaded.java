package pl.bramka.report;

import java.util.UUID;

/**
 * A report file was handed to a user: who, which report and with which parameters (the query string of its link,
 * which names its snapshot). Published as the download starts, for the audit log.
 *
 * @param report     which file: {@code csv} or {@code payouts-csv}, {@code payouts-html}
 */
public record ReportDownloaded(UUID merchantId, UUID userId, String report, String parameters) {
}
