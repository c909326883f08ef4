package pl.bramka.security;

import java.util.Arrays;
import java.util.List;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Whose X-Forwarded-* headers count. Behind a load balancer every connection comes from the balancer, so the sign-in
 * throttle would count every user's failures as one address; Tomcat's RemoteIpValve (added by
 * {@code server.forward-headers-strategy=native}) takes the client's address from X-Forwarded-For, and scheme, host
 * and port from X-Forwarded-Proto, -Host and -Port, but only on connections from {@code bramka.trusted-proxies}. Any
 * other client sending those headers is taken at its socket address, so it cannot choose the address it is counted
 * under. Boot's own default would trust every private network; this replaces it with the configured list (empty:
 * nobody).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> ranges;

    TrustedProxies(@Value("${bramka.trusted-proxies:}") String trustedProxies) {
        this.ranges = Arrays.stream(trustedProxies.split(",")).map(String::trim).filter(range -> !range.isEmpty())
                .map(TrustedProxies::checkedRange).toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<RemoteIpValve> valves = factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast).toList();
        if (valves.isEmpty() && !ranges.isEmpty()) {
            throw new IllegalStateException("bramka.trusted-proxies needs server.forward-headers-strategy=native");
        }
        for (RemoteIpValve valve : valves) {
            // With a "/" in it Tomcat reads the list as CIDR ranges, not as a regular expression.
            valve.setInternalProxies(ranges.isEmpty() ? null : String.join(",", ranges));
            valve.setTrustedProxies(null);
        }
    }

    /** After Boot's customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** A literal address or CIDR range, written as a range so Tomcat never takes the list for a pattern. */
    private static String checkedRange(String range) {
        if (!range.matches("[0-9a-fA-F:.]+(/[0-9]{1,3})?")) {
            throw notARange(range);
        }
        try {
            new NetMask(range);
        }
        catch (IllegalArgumentException invalid) {
            throw notARange(range);
        }
        return range.contains("/") ? range : range + (range.contains(":") ? "/128" : "/32");
    }

    private static IllegalStateException notARange(String range) {
        return new IllegalStateException("bramka.trusted-proxies: '" + range
                + "' is not an IP address or CIDR range such as 10.0.0.0/8");
    }
}
