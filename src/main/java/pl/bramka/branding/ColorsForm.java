package pl.bramka.branding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** The colour form of the branding tab: one text field per colour, each with a colour picker scripts keep in step. */
record ColorsForm(List<Field> fields) {

    /** Longest text echoed back into a field; anything longer is not a colour anyway. */
    private static final int ECHO_LIMIT = 20;

    /**
     * One colour row.
     *
     * @param typed  the text in the field
     * @param parsed the colour the text means, or null if it means none
     * @param picker what the colour picker shows: the typed colour, or the saved one while the text is invalid
     */
    record Field(BrandColor color, String typed, @Nullable HexColor parsed, HexColor picker) {

        public String key() {
            return color.key();
        }

        public String pickerValue() {
            return picker.value();
        }

        public boolean invalid() {
            return parsed == null;
        }
    }

    static ColorsForm showing(BrandColors colors) {
        List<Field> fields = new ArrayList<>();
        for (BrandColor color : BrandColor.values()) {
            fields.add(new Field(color, colors.get(color).value(), colors.get(color), colors.get(color)));
        }
        return new ColorsForm(fields);
    }

    static ColorsForm submitted(Function<String, @Nullable String> typed, BrandColors saved) {
        List<Field> fields = new ArrayList<>();
        for (BrandColor color : BrandColor.values()) {
            String text = typed.apply(color.key());
            HexColor parsed = HexColor.parse(text).orElse(null);
            String echo = text == null ? "" : text.strip();
            fields.add(new Field(color, echo.length() > ECHO_LIMIT ? echo.substring(0, ECHO_LIMIT) : echo, parsed,
                    parsed == null ? saved.get(color) : parsed));
        }
        return new ColorsForm(fields);
    }

    boolean hasErrors() {
        return fields.stream().anyMatch(Field::invalid);
    }

    /** The valid colours of the form, the saved ones where the text is invalid. */
    BrandColors colorsOr(BrandColors saved) {
        Map<BrandColor, HexColor> values = new EnumMap<>(saved.values());
        for (Field field : fields) {
            if (field.parsed() != null) {
                values.put(field.color(), field.parsed());
            }
        }
        return new BrandColors(values);
    }
}
