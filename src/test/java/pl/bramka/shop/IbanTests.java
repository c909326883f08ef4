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
    void everyCountryOfTheRegistryIsKnown() {
        assertThat(Iban.problemWith(Iban.normalize("SA03 8000 0000 6080 1016 7519"))).isNull();
        assertThat(Iban.problemWith(Iban.normalize("BR15 0000 0000 0000 1093 2840 814 P2"))).isNull();
        assertThat(Iban.problemWith(Iban.normalize("XK05 1212 0123 4567 8906"))).isNull();
    }

    @Test
    void aPolishAccountNumberHoldsOnlyDigits() {
        // a letter where Poland's BBAN has digits, with check digits that make mod-97 hold
        assertThat(Iban.problemWith(Iban.normalize("PL26 1090 1014 0000 0712 1981 287A")))
                .isEqualTo("shop.iban.format");
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
