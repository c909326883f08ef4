package pl.bramka.branding;

import java.util.Locale;

/**
 * The seven colours of the payment page a shop may change, with their defaults. The defaults meet WCAG AA against
 * white, as {@link Use} says for each colour.
 */
enum BrandColor {

    /** Headings, the amount band (white text on it) and the chosen payment method. */
    MAIN("#1d4f91", Use.WHITE_TEXT_ON_IT),
    /** The "Pay" button, with white text. */
    BUTTONS("#0a58ca", Use.WHITE_TEXT_ON_IT),
    SPINNER("#0a58ca", Use.GRAPHIC_ON_WHITE),
    /** Borders of sections and payment-method tiles. */
    BORDERS("#8a8f98", Use.GRAPHIC_ON_WHITE),
    /** Borders, focus rings and checked state of form fields. */
    FORMS("#6c757d", Use.GRAPHIC_ON_WHITE),
    /** Text and border of a field with an error. */
    VALIDATION("#b02a37", Use.TEXT_ON_WHITE),
    /** Heading and border of information boxes. */
    INFO("#055160", Use.TEXT_ON_WHITE);

    /** How the payment page uses a colour, which decides the contrast WCAG asks of it against white. */
    enum Use {
        WHITE_TEXT_ON_IT(4.5), TEXT_ON_WHITE(4.5), GRAPHIC_ON_WHITE(3.0);

        final double minimumContrast;

        Use(double minimumContrast) {
            this.minimumContrast = minimumContrast;
        }
    }

    private final HexColor defaultValue;
    private final Use use;

    BrandColor(String defaultValue, Use use) {
        this.defaultValue = new HexColor(defaultValue);
        this.use = use;
    }

    /** The form field, query parameter and CSS custom property name: {@code buttons}, {@code --brand-buttons}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field name in the shop's change history. */
    String historyField() {
        return "color." + key();
    }

    HexColor defaultValue() {
        return defaultValue;
    }

    Use use() {
        return use;
    }
}
