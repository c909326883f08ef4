package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** clientIp takes address literals only, recognised without asking DNS. */
class ApiIpAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "0.0.0.0", "255.255.255.255", "::1", "::", "2001:db8::7",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1:2:3:4:5", "::ffff:192.0.2.1", "1::",
            "64:ff9b::192.0.2.33"})
    void addressesAreAccepted(String address) {
        assertThat(SaleRequest.isAddressLiteral(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4 ",
            ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "2001:db8::g", "12345::", "::ffff:999.0.2.1",
            "1:2:3:4:5:6:7:8::", "[::1]", "fe80::1%eth0"})
    void anythingElseIsRefused(String text) {
        assertThat(SaleRequest.isAddressLiteral(text)).isFalse();
    }
}
