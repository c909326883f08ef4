package pl.bramka.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTests {

    @Test
    void validIbansPass() {
        assertThat(Iban.problemWith(Iban.normalize("PL61 1090 1014 0000 0712 1981 2874"))).isNull();
        assertThat(Iban.problemWith(Iban.normalize("DE89 3704 0044 0532 0130 00"))).isNull();
        assertThat(Iban.problemWith(Iban.normalize("GB82 WEST 1234 5698 7654 32"))).isNull();
    }

    @Test
    void aBarePolishAccountNumberGetsItsCountryCode() {
        assertThat(Iban.normalize("61 1090 1014 0000 0712 1981 2874")).isEqualTo("PL61109010140000071219812874");
    }

    @Test
    void eachKindOfMistakeHasItsOwnMessage() {
        assertThat(Iban.problemWith(Iban.normalize("PL61 1090 1014 0000 0712 1981 2875"))).isEqualTo("shop.iban.checksum");
        assertThat(Iban.problemWith(Iban.normalize("PL61 1090 1014 0000 0712 1981 287"))).isEqualTo("shop.iban.length");
        assertThat(Iban.problemWith(Iban.normalize("XX61 1090 1014"))).isEqualTo("shop.iban.country");
        assertThat(Iban.problemWith(Iban.normalize("not an iban"))).isEqualTo("shop.iban.format");
    }

    @Test
    void ibansAreShownInGroupsOfFour() {
        assertThat(Iban.grouped("PL61109010140000071219812874")).isEqualTo("PL61 1090 1014 0000 0712 1981 2874");
    }
}
