package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** The trusted-proxies list replaces Boot's default (every private network) and is read only as address ranges. */
class TrustedProxiesTests {

    @Test
    void onlyTheConfiguredRangesAreTrustedAndASingleAddressIsARangeOfOne() {
        RemoteIpValve valve = configuredWith("10.0.0.0/8, 192.0.2.10, 2001:db8::1");

        assertThat(valve.getInternalProxies()).isEqualTo("10.0.0.0/8, 192.0.2.10/32, 2001:db8::1/128");
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void anEmptyListTrustsNobody() {
        assertThat(configuredWith("").getInternalProxies()).isNull();
    }

    @Test
    void anEntryThatIsNoAddressStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/8, proxy.internal"))
                .hasMessage("bramka.trusted-proxies: 'proxy.internal' is not an IP address or CIDR range such as "
                        + "10.0.0.0/8");
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33'");
    }

    private static RemoteIpValve configuredWith(String trustedProxies) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        RemoteIpValve valve = new RemoteIpValve();
        factory.addEngineValves(valve);
        new TrustedProxies(trustedProxies).customize(factory);
        return valve;
    }
}
