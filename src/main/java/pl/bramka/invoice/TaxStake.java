package pl.bramka.invoice;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * imoje's {@code taxStake} values and what FA(3) calls them ({@code P_12}), with the rate that splits a gross amount
 * into net and VAT, and the pair of FA(3) sum fields ({@code P_13_x}/{@code P_14_x}) the lines of that rate add to.
 */
public enum TaxStake {
    TAX_23("23", 23, "1"),
    TAX_22("22", 22, "1"),
    TAX_8("8", 8, "2"),
    TAX_7("7", 7, "2"),
    TAX_5("5", 5, "3"),
    TAX_3("3", 3, "4"),
    TAX_0("0 KR", 0, "6_1"),
    TAX_EXEMPT("zw", null, "7"),
    TAX_NOT_LIABLE("np I", null, "8"),
    TAX_EXCLUDING("np II", null, "9"),
    TAX_REVERSE_CHARGE("oo", null, "10");

    private final String fa3Code;
    private final @Nullable Integer percent;
    private final String sumSuffix;

    TaxStake(String fa3Code, @Nullable Integer percent, String sumSuffix) {
        this.fa3Code = fa3Code;
        this.percent = percent;
        this.sumSuffix = sumSuffix;
    }

    /** The value of {@code P_12}. */
    public String fa3Code() {
        return fa3Code;
    }

    /** The suffix of the {@code P_13_}/{@code P_14_} fields this rate adds to. */
    String sumSuffix() {
        return sumSuffix;
    }

    /** Whether the lines of this rate carry VAT ({@code P_14_x}); 0 % and the non-taxed ones carry none. */
    boolean taxed() {
        return percent != null && percent > 0;
    }

    /** The VAT inside a gross amount, rounded half up to the minor unit. */
    long vatOf(long gross) {
        if (!taxed()) {
            return 0;
        }
        return Math.round(gross * (double) percent / (100 + percent));
    }

    /** The shop's default rate setting ({@code 23}, {@code 8}, {@code 5}, {@code 0}, {@code zw}) as a stake. */
    static TaxStake ofShopRate(String rate) {
        return switch (rate) {
            case "8" -> TAX_8;
            case "5" -> TAX_5;
            case "0" -> TAX_0;
            case "zw" -> TAX_EXEMPT;
            default -> TAX_23;
        };
    }

    static Optional<TaxStake> parse(String name) {
        for (TaxStake stake : values()) {
            if (stake.name().equals(name)) {
                return Optional.of(stake);
            }
        }
        return Optional.empty();
    }
}
