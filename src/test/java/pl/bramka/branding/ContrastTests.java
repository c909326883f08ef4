package pl.bramka.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTests {

    @Test
    void blackOnWhiteIsTwentyOne() {
        assertThat(Contrast.ratio(color("#000"), color("#fff"))).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void theRatioDoesNotDependOnTheOrder() {
        assertThat(Contrast.ratio(color("#fff"), color("#000"))).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio(color("#0a58ca"), color("#ffffff")))
                .isEqualTo(Contrast.ratio(color("#ffffff"), color("#0a58ca")));
    }

    @Test
    void greySevenSevenSevenOnWhiteJustMissesAa() {
        double ratio = Contrast.ratio(color("#777"), color("#fff"));
        assertThat(ratio).isCloseTo(4.48, within(0.005)).isLessThan(4.5);
    }

    @Test
    void knownValuesFromWcagTools() {
        assertThat(Contrast.ratio(color("#767676"), color("#ffffff"))).isCloseTo(4.54, within(0.005));
        assertThat(Contrast.ratio(color("#ff0000"), color("#ffffff"))).isCloseTo(4.0, within(0.005));
        assertThat(Contrast.ratio(color("#ffff00"), color("#ffffff"))).isCloseTo(1.07, within(0.005));
        assertThat(Contrast.ratio(color("#abcdef"), color("#abcdef"))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void everyDefaultColourMeetsItsOwnMinimum() {
        for (BrandColor brandColor : BrandColor.values()) {
            assertThat(Contrast.ratio(brandColor.defaultValue(), Contrast.WHITE)).as(brandColor.name())
                    .isGreaterThanOrEqualTo(brandColor.use().minimumContrast);
        }
    }

    @Test
    void hexColoursAreNormalisedOrRefused() {
        assertThat(HexColor.parse("#ABC")).contains(new HexColor("#aabbcc"));
        assertThat(HexColor.parse(" 0A58CA ")).contains(new HexColor("#0a58ca"));
        assertThat(HexColor.parse("#0a58ca")).contains(new HexColor("#0a58ca"));
        assertThat(HexColor.parse("#abcd")).isEmpty();
        assertThat(HexColor.parse("red")).isEmpty();
        assertThat(HexColor.parse("#ggg")).isEmpty();
        assertThat(HexColor.parse("#fff;}body{")).isEmpty();
        assertThat(HexColor.parse("")).isEmpty();
        assertThat(HexColor.parse(null)).isEmpty();
    }

    private static HexColor color(String text) {
        return HexColor.parse(text).orElseThrow();
    }
}
