package pl.bramka.payment;

import org.jspecify.annotations.Nullable;

/** Where the payer goes back to the shop: after a success, after a failure, or in any case ({@code back}). */
public record ReturnUrls(@Nullable String success, @Nullable String failure, @Nullable String back) {

    public static ReturnUrls none() {
        return new ReturnUrls(null, null, null);
    }

    /** The shop's page for this outcome, or null when the shop gave none and Bramka shows its own result page. */
    public @Nullable String after(boolean paid) {
        String specific = paid ? success : failure;
        return specific != null ? specific : back;
    }
}
