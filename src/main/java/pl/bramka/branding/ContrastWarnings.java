package pl.bramka.branding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Warns, in the user's language, of colours with less contrast than WCAG AA asks for. A warning, not a refusal:
 * the shop's brand may matter more to the merchant, and the merchant is told what the payer will see.
 */
@Component
class ContrastWarnings {

    private final MessageSource messages;

    ContrastWarnings(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(BrandColors colors, Locale locale) {
        List<String> warnings = new ArrayList<>();
        for (BrandColor color : BrandColor.values()) {
            HexColor value = colors.get(color);
            double ratio = Contrast.ratio(value, Contrast.WHITE);
            if (ratio < color.use().minimumContrast) {
                String label = messages.getMessage("branding.color." + color.key(), null, locale);
                double shown = Math.round(ratio * 100) / 100.0;
                if (shown >= color.use().minimumContrast) {
                    // Rounded down instead, so a ratio just under the minimum never reads as if it met it.
                    shown = Math.floor(ratio * 100) / 100;
                }
                warnings.add(messages.getMessage("branding.contrast." + color.use().name(),
                        new Object[] {label, value.value(), shown, color.use().minimumContrast}, locale));
            }
        }
        return warnings;
    }
}
