package pl.bramka.branding;

import java.time.Instant;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A shop's stored logo: already checked, and for SVG sanitised, when it was uploaded. */
record ShopLogo(LogoType type, byte[] content, String sha256, Instant uploadedAt) {

    /** An SVG logo may style itself but never run scripts or load anything, even when opened on its own. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    /** The logo as an HTTP response; never sniffed as another type. */
    ResponseEntity<byte[]> response(CacheControl cacheControl) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type.contentType()));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(cacheControl);
        if (type == LogoType.SVG) {
            headers.set("Content-Security-Policy", SVG_POLICY);
        }
        return new ResponseEntity<>(content, headers, 200);
    }

    /** Short enough for the change history and a cache-busting URL parameter, long enough to tell logos apart. */
    String version() {
        return sha256.substring(0, 12);
    }

    /** How the change history describes this logo, e.g. "PNG 3 KB (a1b2c3d4e5f6)". */
    String describe() {
        return type.label() + " " + (content.length + 1023) / 1024 + " KB (" + version() + ")";
    }
}
