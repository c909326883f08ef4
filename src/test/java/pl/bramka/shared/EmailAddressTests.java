package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTests {

    @Test
    void ordinaryAddressesPass() {
        assertThat(EmailAddress.isValid("jan.kowalski@example.com")).isTrue();
        assertThat(EmailAddress.isValid("ksiegowa+raporty@biuro.sklep.pl")).isTrue();
        assertThat(EmailAddress.isValid("zażółć@gęślą.pl")).isTrue();
    }

    @Test
    void addressesWithoutADottedDomainOrWithSpacesFail() {
        assertThat(EmailAddress.isValid("jan@localhost")).isFalse();
        assertThat(EmailAddress.isValid("jan@example..com")).isFalse();
        assertThat(EmailAddress.isValid("jan@.example.com")).isFalse();
        assertThat(EmailAddress.isValid("jan@example.com.")).isFalse();
        assertThat(EmailAddress.isValid("jan kowalski@example.com")).isFalse();
        assertThat(EmailAddress.isValid("jan@exa@mple.com")).isFalse();
        assertThat(EmailAddress.isValid("jan@example.com\r\nBcc: x@y.pl")).isFalse();
        assertThat(EmailAddress.isValid("")).isFalse();
    }

    @Test
    void theLengthLimitsOfSmtpHold() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".pl";
        assertThat(EmailAddress.isValid("a".repeat(64) + domain)).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + domain)).isFalse();
        String longest = "a".repeat(64) + "@" + "b".repeat(EmailAddress.MAX_LENGTH - 64 - 1 - 3) + ".pl";
        assertThat(longest).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.isValid(longest)).isTrue();
        assertThat(EmailAddress.isValid("a" + longest)).isFalse();
    }
}
