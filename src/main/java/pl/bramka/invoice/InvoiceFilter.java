package pl.bramka.invoice;

import org.jspecify.annotations.Nullable;

/** The list's filters, each a GET parameter: state, kind, and a number or part of the buyer's name. */
record InvoiceFilter(@Nullable InvoiceState state, @Nullable InvoiceKind kind, @Nullable String query) {

    static InvoiceFilter of(@Nullable String state, @Nullable String kind, @Nullable String query) {
        return new InvoiceFilter(parse(InvoiceState.class, state), parse(InvoiceKind.class, kind),
                query == null || query.isBlank() ? null : query.strip());
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
