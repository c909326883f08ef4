package pl.bramka.shop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A neutral badge per payment method, with its name: the image {@code GET /service} names in
 * {@code paymentMethodCodeImage}, which imoje's newest WooCommerce plugin shows at checkout. Drawn by Bramka, public
 * and cacheable, so no third-party logo is served or linked.
 */
@RestController
class PaymentMethodBadges {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final int CHARACTER_WIDTH = 8;
    private static final int PADDING = 16;

    /** Answers {@link PaymentMethodDefinition#badgePath()}. */
    @GetMapping("/payment-methods/{code}.svg")
    ResponseEntity<byte[]> badge(@PathVariable String code) {
        return PaymentMethodCatalogue.byCode(code)
                .map(method -> ResponseEntity.ok().contentType(SVG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .body(svg(method.name()).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String svg(String name) {
        int width = name.codePointCount(0, name.length()) * CHARACTER_WIDTH + 2 * PADDING;
        String text = HtmlUtils.htmlEscape(name, StandardCharsets.UTF_8.name());
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="32" viewBox="0 0 %1$d 32" role="img" \
                aria-label="%2$s"><rect x="0.5" y="0.5" width="%3$d" height="31" rx="6" fill="#ffffff" \
                stroke="#6c757d"/><text x="%4$d" y="21" text-anchor="middle" font-family="sans-serif" font-size="13" \
                fill="#212529">%2$s</text></svg>""".formatted(width, text, width - 1, width / 2);
    }
}
