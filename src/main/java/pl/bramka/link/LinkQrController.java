package pl.bramka.link;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.bramka.shared.Ids;
import pl.bramka.user.SignedInUser;

/** A link's address as a QR code to show or download: a PNG of a chosen size, or an SVG that scales to any. */
@Controller
class LinkQrController {

    private final PaymentLinks links;
    private final LinkAddresses addresses;

    LinkQrController(PaymentLinks links, LinkAddresses addresses) {
        this.links = links;
        this.addresses = addresses;
    }

    @GetMapping("/payment-links/{id}/qr.png")
    ResponseEntity<byte[]> png(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String size,
            @RequestParam(required = false) @Nullable String download) {
        Link link = link(user, id);
        byte[] image = QrCodes.png(addresses.of(link), size(size));
        return answer(image, MediaType.IMAGE_PNG, link, "png", download != null);
    }

    @GetMapping("/payment-links/{id}/qr.svg")
    ResponseEntity<byte[]> svg(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String download) {
        Link link = link(user, id);
        byte[] image = QrCodes.svg(addresses.of(link), link.title()).getBytes(StandardCharsets.UTF_8);
        return answer(image, MediaType.valueOf("image/svg+xml"), link, "svg", download != null);
    }

    /** The PNG's side in pixels: 512 unless asked, and only within 128–2048 (anything else is a bad request). */
    private static int size(@Nullable String asked) {
        if (asked == null || asked.isBlank()) {
            return QrCodes.DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(asked.trim());
            if (size >= QrCodes.MIN_SIZE && size <= QrCodes.MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like a number out of range
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be a whole number of pixels from "
                + QrCodes.MIN_SIZE + " to " + QrCodes.MAX_SIZE);
    }

    private static ResponseEntity<byte[]> answer(byte[] image, MediaType type, Link link, String extension,
            boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename("payment-link-" + link.id() + "." + extension).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").body(image);
    }

    private Link link(SignedInUser user, String id) {
        return Ids.uuid(id).flatMap(uuid -> links.find(user.merchantId(), uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
