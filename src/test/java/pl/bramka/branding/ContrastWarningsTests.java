package pl.bramka.branding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ContrastWarningsTests {

    private final ContrastWarnings warnings = new ContrastWarnings(messages());

    @Test
    void theDefaultColoursNeedNoWarning() {
        assertThat(warnings.of(BrandColors.defaults(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aWarningNamesTheColourItsValueTheRatioAndTheMinimum() {
        BrandColors colors = new BrandColors(Map.of(BrandColor.BUTTONS, new HexColor("#ffff00"),
                BrandColor.BORDERS, new HexColor("#dddddd")));

        assertThat(warnings.of(colors, Locale.ENGLISH)).containsExactly(
                "WHITE_TEXT_ON_IT Buttons #ffff00 1.07 4.5",
                "GRAPHIC_ON_WHITE Borders #dddddd 1.36 3");
    }

    @Test
    void aRatioJustUnderTheMinimumNeverReadsAsMeetingIt() {
        BrandColors colors = new BrandColors(Map.of(BrandColor.VALIDATION, new HexColor("#5e64f9")));

        assertThat(Contrast.ratio(new HexColor("#5e64f9"), Contrast.WHITE)).isBetween(4.499, 4.5);
        assertThat(warnings.of(colors, Locale.ENGLISH)).containsExactly("TEXT_ON_WHITE Validation #5e64f9 4.49 4.5");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        for (BrandColor.Use use : BrandColor.Use.values()) {
            messages.addMessage("branding.contrast." + use.name(), Locale.ENGLISH,
                    use.name() + " {0} {1} {2,number,0.0#} {3,number,0.#}");
        }
        for (BrandColor color : BrandColor.values()) {
            String key = color.key();
            messages.addMessage("branding.color." + key, Locale.ENGLISH,
                    key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1));
        }
        return messages;
    }
}
