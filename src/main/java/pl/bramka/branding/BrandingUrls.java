package pl.bramka.branding;

import java.util.UUID;

import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the branding tab's routes, all under {@code /shops/{serviceId}/branding}. */
final class BrandingUrls {

    private BrandingUrls() {
    }

    static String tab(UUID serviceId) {
        return "/shops/" + serviceId + "/branding";
    }

    /** The version parameter changes with the logo, so a browser never shows a replaced logo from its cache. */
    static String logo(UUID serviceId, ShopLogo logo) {
        return tab(serviceId) + "/logo?v=" + logo.version();
    }

    static String preview(UUID serviceId) {
        return tab(serviceId) + "/preview";
    }

    static String preview(UUID serviceId, BrandColors colors) {
        return withColors(preview(serviceId), colors);
    }

    static String theme(UUID serviceId, BrandColors colors) {
        return withColors(tab(serviceId) + "/theme.css", colors);
    }

    private static String withColors(String path, BrandColors colors) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        colors.asParameters().forEach(url::queryParam);
        return url.encode().build().toUriString();
    }

    static String contrast(UUID serviceId) {
        return tab(serviceId) + "/contrast";
    }
}
