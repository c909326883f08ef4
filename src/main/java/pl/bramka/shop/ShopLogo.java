package pl.bramka.shop;

import java.time.Instant;

/** A shop's stored logo: already checked, and for SVG sanitised, when it was uploaded. */
record ShopLogo(LogoType type, byte[] content, String sha256, Instant uploadedAt) {

    /** Short enough for the change history and a cache-busting URL parameter, long enough to tell logos apart. */
    String version() {
        return sha256.substring(0, 12);
    }

    /** How the change history describes this logo, e.g. "PNG 3 KB (a1b2c3d4e5f6)". */
    String describe() {
        return type.label() + " " + (content.length + 1023) / 1024 + " KB (" + version() + ")";
    }
}
