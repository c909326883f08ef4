package pl.bramka.branding;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers a logo upload over the container's multipart limits (spring.servlet.multipart.*) with the branding tab
 * and the same message as any file over 512 KB. Without it such a request fails as soon as anything reads a request
 * parameter, which Spring Security's CSRF check does before any controller runs, and the container answers with its
 * bare "413 Payload Too Large" page. Nothing is changed here, so nothing needs the CSRF check.
 */
class OversizedLogoUploads extends OncePerRequestFilter {

    private static final PathPattern UPLOAD = PathPatternParser.defaultInstance.parse(
            "/shops/{serviceId}/branding/logo");

    private final FlashMapManager flashMaps;

    OversizedLogoUploads(FlashMapManager flashMaps) {
        this.flashMaps = flashMaps;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !HttpMethod.POST.matches(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || serviceId(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException overLimit) {
            // The servlet API's signal that the request or one of its files is larger than the limits.
            String tab = request.getContextPath() + BrandingUrls.tab(serviceId(request).orElseThrow());
            FlashMap flash = new FlashMap();
            flash.put("failure", "branding.logo.tooLargeUpload");
            flash.setTargetRequestPath(tab);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", tab);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<UUID> serviceId(HttpServletRequest request) {
        PathPattern.PathMatchInfo match = UPLOAD.matchAndExtract(PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length())));
        if (match == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(match.getUriVariables().get("serviceId")));
        } catch (IllegalArgumentException notAShop) {
            return Optional.empty();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Just before Spring Security, and after the session filter that the flash message needs. */
        @Bean
        FilterRegistrationBean<OversizedLogoUploads> oversizedLogoUploads(FlashMapManager flashMapManager) {
            FilterRegistrationBean<OversizedLogoUploads> registration = new FilterRegistrationBean<>(
                    new OversizedLogoUploads(flashMapManager));
            registration.addUrlPatterns("/shops/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
