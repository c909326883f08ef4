package pl.bramka.branding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One value for each of the seven colours; a colour nobody chose has its default. */
record BrandColors(Map<BrandColor, HexColor> values) {

    BrandColors {
        EnumMap<BrandColor, HexColor> complete = new EnumMap<>(BrandColor.class);
        for (BrandColor color : BrandColor.values()) {
            HexColor value = values.get(color);
            complete.put(color, value == null ? color.defaultValue() : value);
        }
        values = Collections.unmodifiableMap(complete);
    }

    static BrandColors defaults() {
        return new BrandColors(Map.of());
    }

    HexColor get(BrandColor color) {
        return values.get(color);
    }

    /**
     * A style sheet setting the colours as custom properties, {@code --brand-buttons: #0a58ca;}. Only normalised
     * {@link HexColor} values are written, so nothing typed by anyone can reach the CSS.
     */
    String stylesheet() {
        StringBuilder css = new StringBuilder(":root {\n");
        for (BrandColor color : BrandColor.values()) {
            css.append("    --brand-").append(color.key()).append(": ").append(get(color).value()).append(";\n");
        }
        return css.append("}\n").toString();
    }

    /** The colours as query parameters, for the preview and its style sheet. */
    Map<String, String> asParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (BrandColor color : BrandColor.values()) {
            parameters.put(color.key(), get(color).value());
        }
        return parameters;
    }

    /**
     * These colours with each one replaced by the valid colour {@code typed} gives for its key, if any: the preview
     * shows what is being typed and keeps the saved colour for anything unfinished or invalid.
     */
    BrandColors overriddenBy(Function<String, @Nullable String> typed) {
        EnumMap<BrandColor, HexColor> result = new EnumMap<>(values);
        for (BrandColor color : BrandColor.values()) {
            HexColor.parse(typed.apply(color.key())).ifPresent(value -> result.put(color, value));
        }
        return new BrandColors(result);
    }
}
