package pl.bramka.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps notifications away from the gateway's own network: outside demo mode an address that is loopback, private,
 * link-local (cloud metadata services live there), shared, reserved or multicast is refused, and so is a port other
 * than 80 and 443, which are the only ones imoje sends to; unless the address is in an allowed range. The client
 * connects only to the addresses checked here, so a name that resolves differently a moment later changes nothing.
 */
@Component
class AddressGuard {

    /**
     * IANA's special-purpose address registries (IPv4 and IPv6), every range not meant to be reached across the
     * internet. The IETF protocol assignments block 2001::/23 is refused whole, Teredo included (it hides an IPv4
     * address): its few global anycast services are never a shop's server.
     */
    private static final List<Cidr> NOT_PUBLIC = Stream.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "100:0:0:1::/64", "2001::/23", "2001:db8::/32",
            "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8").map(Cidr::parse).toList();

    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final boolean demo;
    private final List<Cidr> allowed;

    AddressGuard(@Value("${bramka.demo:false}") boolean demo, WebhookSettings settings) {
        this.demo = demo;
        this.allowed = settings.allowedNetworks().stream().map(Cidr::parse).toList();
    }

    /** Why this address may not be sent to, or empty when it may. */
    Optional<String> refusal(InetAddress address) {
        if (demo || isAllowed(address)) {
            return Optional.empty();
        }
        InetAddress checked = embeddedIpv4(address).orElse(address);
        if (NOT_PUBLIC.stream().anyMatch(range -> range.contains(checked)) || checked.isAnyLocalAddress()
                || checked.isLoopbackAddress() || checked.isLinkLocalAddress() || checked.isSiteLocalAddress()
                || checked.isMulticastAddress()) {
            return Optional.of("address " + address.getHostAddress() + " is not public");
        }
        return Optional.empty();
    }

    /** Why this port may not be sent to: imoje uses only 80 and 443, other ports only in allowed ranges. */
    Optional<String> refusalOfPort(String host, int port) {
        if (demo || port == 80 || port == 443) {
            return Optional.empty();
        }
        try {
            if (Arrays.stream(InetAddress.getAllByName(host)).allMatch(this::isAllowed)) {
                return Optional.empty();
            }
        }
        catch (UnknownHostException unknown) {
            return Optional.empty();
        }
        return Optional.of("port " + port + " is not 80 or 443");
    }

    private boolean isAllowed(InetAddress address) {
        return allowed.stream().anyMatch(range -> range.contains(address));
    }

    /** The port a URL is sent to. */
    static int portOf(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /** IPv6 forms that carry an IPv4 address (compatible, NAT64, 6to4), which must be checked as that address. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        boolean compatible = Arrays.equals(Arrays.copyOfRange(bytes, 0, 12), new byte[12]);
        boolean nat64 = NAT64.contains(address);
        if (compatible || nat64) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return Optional.empty();
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        }
        catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }
}
