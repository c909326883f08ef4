package pl.bramka.scheduledreport;

/**
 * How a run's file reaches its recipients, by its size: attached, attached zipped, or as a link to sign in for; or
 * no file at all (a statement of a period without bookings: the e-mail says so).
 */
enum Delivery {
    ATTACHMENT, ZIP, LINK, NONE;

    static Delivery of(long bytes, ScheduledReportSettings settings) {
        if (bytes > settings.linkAbove().toBytes()) {
            return LINK;
        }
        return bytes > settings.zipAbove().toBytes() ? ZIP : ATTACHMENT;
    }
}
