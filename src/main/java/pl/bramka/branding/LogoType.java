package pl.bramka.branding;

import java.util.Arrays;
import java.util.Optional;

/** The image formats a logo may have; decided by the file's content, never by its name or declared type. */
enum LogoType {
    PNG("image/png", "PNG"), JPEG("image/jpeg", "JPEG"), SVG("image/svg+xml", "SVG");

    private final String contentType;
    private final String label;

    LogoType(String contentType, String label) {
        this.contentType = contentType;
        this.label = label;
    }

    String contentType() {
        return contentType;
    }

    String label() {
        return label;
    }

    static Optional<LogoType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }
}
