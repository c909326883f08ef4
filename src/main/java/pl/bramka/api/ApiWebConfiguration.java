package pl.bramka.api;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** The bearer check guards every path under {@code /v1/merchant/}, including paths no handler serves. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    private static final String API_PATHS = "/v1/merchant/**";

    private final BearerAuthentication authentication;

    ApiWebConfiguration(BearerAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(authentication).addPathPatterns(API_PATHS);
    }

    /**
     * Answers an API path no controller serves, after the bearer check: without a valid token it is 401 like every
     * other API path, so a caller without one learns nothing of which paths exist; with one it is the API's 404. It
     * comes after the controllers' mapping, which still answers 405 to a known path asked with the wrong method.
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiPaths() {
        HttpRequestHandler noSuchPath = (request, response) -> {
            throw ApiProblem.notFound("No such API path.");
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(API_PATHS, noSuchPath),
                Ordered.LOWEST_PRECEDENCE - 10);
        mapping.setInterceptors(new MappedInterceptor(new String[] {API_PATHS}, authentication));
        return mapping;
    }
}
