package pl.bramka.scheduledreport;

/**
 * How a run's file reaches its recipients, by its size: attached, attached zipped, or as a link to sign in for; or
 * no file at all (a statement of a period without bookings: the e-mail says so).
 */
enum Delivery {
    ATTACHMENT, ZIP, LINK, NONE;

    /** Attached up to {@code zipAbove}; above, zipped while the zip is at most {@code linkAbove}; else a link. */
    static Delivery of(long bytes, long zippedBytes, ScheduledReportSettings settings) {
        if (bytes <= settings.zipAbove().toBytes()) {
            return ATTACHMENT;
        }
        return zippedBytes <= settings.linkAbove().toBytes() ? ZIP : LINK;
    }
}
