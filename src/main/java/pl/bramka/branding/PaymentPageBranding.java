package pl.bramka.branding;

import org.jspecify.annotations.Nullable;

/**
 * The shop's look on payer-facing pages: public addresses of its logo (null when it has none) and of the style
 * sheet with its colours.
 */
public record PaymentPageBranding(@Nullable String logoUrl, String themeStylesheetUrl) {
}
