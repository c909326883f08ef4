package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.bramka.notification.Delivery.Outcome;

/** Outside demo mode notifications never reach the gateway's own network, unless a range is allowed. */
class AddressGuardTests {

    private final AddressGuard production = new AddressGuard(false, settings(List.of()));

    @Test
    void privateLocalAndReservedAddressesAreRefused() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "::1", "::", "fd00::1", "fe80::1",
                "::ffff:10.0.0.1", "::10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1")) {
            assertThat(production.refusal(InetAddress.getByName(address))).as(address).isPresent();
        }
    }

    @Test
    void localUseNat64AddressesAreRefusedWhateverIpv4TheyCarry() throws Exception {
        for (String address : List.of("64:ff9b:1::5db8:d822", "64:ff9b:1:ffff::808:808", "64:ff9b:1::a00:1")) {
            assertThat(production.refusal(InetAddress.getByName(address))).as(address).isPresent();
        }
    }

    @Test
    void theOtherSpecialPurposeRangesOfIanasRegistriesAreRefused() throws Exception {
        for (String address : List.of("100::1", "100:0:0:1::1", "2001::5db8:d822", "2001:2::1", "2001:3::1",
                "2001:10::1", "2001:20::1", "3fff::1", "5f00::1", "fec0::1", "192.88.99.1")) {
            assertThat(production.refusal(InetAddress.getByName(address))).as(address).isPresent();
        }
    }

    @Test
    void publicAddressesOnImojesPortsAreAllowed() throws Exception {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946")) {
            assertThat(production.refusal(InetAddress.getByName(address))).as(address).isEmpty();
        }
        assertThat(production.refusalOfPort("93.184.216.34", 443)).isEmpty();
        assertThat(production.refusalOfPort("93.184.216.34", 80)).isEmpty();
        assertThat(production.refusalOfPort("93.184.216.34", 8080)).contains("port 8080 is not 80 or 443");
    }

    @Test
    void anAllowedRangeMayBeReachedOnAnyPort() throws Exception {
        AddressGuard staging = new AddressGuard(false, settings(List.of("10.0.0.0/8", "fd00::/8")));
        assertThat(staging.refusal(InetAddress.getByName("10.20.30.40"))).isEmpty();
        assertThat(staging.refusal(InetAddress.getByName("fd12::1"))).isEmpty();
        assertThat(staging.refusalOfPort("10.20.30.40", 8080)).isEmpty();
        assertThat(staging.refusal(InetAddress.getByName("192.168.0.1"))).isPresent();
    }

    @Test
    void demoModeSendsAnywhere() throws Exception {
        AddressGuard demo = new AddressGuard(true, settings(List.of()));
        assertThat(demo.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(demo.refusalOfPort("127.0.0.1", 9000)).isEmpty();
    }

    @Test
    void theSenderRefusesBeforeConnectingAndAlsoForNamesThatResolveInside() {
        WebhookSender sender = new WebhookSender(production, settings(List.of()));
        for (String url : List.of("http://127.0.0.1:80/notify", "http://localhost/notify", "http://[::1]/notify",
                "ftp://example.com/notify", "https://user:secret@example.com/notify", "not a url")) {
            Delivery delivery = sender.send(url, "{}".getBytes(), "merchantid=m;serviceid=s;signature=x;alg=sha256");
            assertThat(delivery.outcome()).as(url).isEqualTo(Outcome.REFUSED_ADDRESS);
            assertThat(delivery.retryable()).isFalse();
        }
    }

    private static WebhookSettings settings(List<String> allowed) {
        return new WebhookSettings(Duration.ofSeconds(2), Duration.ofSeconds(60), 4, 2, allowed);
    }
}
