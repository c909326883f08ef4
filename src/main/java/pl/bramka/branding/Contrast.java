package pl.bramka.branding;

/** WCAG 2.x contrast ratio between two colours, from 1 (none) to 21 (black on white). */
final class Contrast {

    static final HexColor WHITE = new HexColor("#ffffff");

    private Contrast() {
    }

    static double ratio(HexColor first, HexColor second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** Relative luminance as WCAG defines it: linearised sRGB channels weighted by how bright the eye sees them. */
    static double luminance(HexColor color) {
        return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue());
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
