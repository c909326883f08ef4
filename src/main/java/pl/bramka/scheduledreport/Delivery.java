package pl.bramka.scheduledreport;

/** How a run's file reaches its recipients, by its size: attached, attached zipped, or as a link to sign in for. */
enum Delivery {
    ATTACHMENT, ZIP, LINK;

    static Delivery of(long bytes, ScheduledReportSettings settings) {
        if (bytes > settings.linkAbove().toBytes()) {
            return LINK;
        }
        return bytes > settings.zipAbove().toBytes() ? ZIP : ATTACHMENT;
    }
}
