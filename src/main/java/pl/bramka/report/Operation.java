package pl.bramka.report;

import java.util.Arrays;
import java.util.Optional;

/** The report's operation filter, as the guide names it: sale, refund, commission and paid out. */
enum Operation {
    SALE("sale"),
    REFUND("refund"),
    COMMISSION("commission"),
    /** Payouts sent to the shop's account, and those the bank returned. */
    PAID_OUT("paidOut");

    private final String parameter;

    Operation(String parameter) {
        this.parameter = parameter;
    }

    /** The value in addresses, e.g. {@code ?operation=paidOut}. */
    String parameter() {
        return parameter;
    }

    static Optional<Operation> ofParameter(String value) {
        return Arrays.stream(values()).filter(operation -> operation.parameter.equals(value)).findFirst();
    }
}
