package pl.bramka.branding;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.bramka.shop.ShopDirectory;

/** A shop's logo and colours as payers' browsers load them on the payment page: public, cacheable. */
@RestController
@RequestMapping(PayerBrandingUrls.BASE)
class PayerBrandingController {

    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);
    private static final CacheControl CACHED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final ShopDirectory directory;
    private final ShopLogos logos;
    private final ShopBrandColors colors;

    PayerBrandingController(ShopDirectory directory, ShopLogos logos, ShopBrandColors colors) {
        this.directory = directory;
        this.logos = logos;
        this.colors = colors;
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID serviceId) {
        return directory.find(serviceId).flatMap(shop -> logos.find(shop.merchantId(), serviceId))
                .map(logo -> logo.response(CACHED))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/theme.css")
    ResponseEntity<String> theme(@PathVariable UUID serviceId) {
        return directory.find(serviceId)
                .map(shop -> ResponseEntity.ok().contentType(CSS).cacheControl(CACHED)
                        .body(colors.of(shop.merchantId(), serviceId).stylesheet()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
