package pl.bramka.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIP and REGON as typed by the operator: separators ignored, the check digit decides. */
class CompanyNumbersTests {

    @Test
    void aNipIsTenDigitsWithAMatchingCheckDigit() {
        assertThat(Nip.parse("123-456-32-18")).contains("1234563218");
        assertThat(Nip.parse("PL 1234563218")).contains("1234563218");
        assertThat(Nip.parse("1234563219")).as("wrong check digit").isEmpty();
        assertThat(Nip.parse("123456321")).as("nine digits").isEmpty();
        assertThat(Nip.parse("12345632a8")).isEmpty();
        assertThat(Nip.parse(null)).isEmpty();
    }

    @Test
    void aRegonHasNineOrFourteenDigitsWithAMatchingCheckDigit() {
        assertThat(Regon.parse("123456785")).contains("123456785");
        assertThat(Regon.parse("123456786")).isEmpty();
        assertThat(Regon.parse("12345678512347")).contains("12345678512347");
        assertThat(Regon.parse("12345678512348")).isEmpty();
        assertThat(Regon.parse("1234567")).isEmpty();
    }
}
