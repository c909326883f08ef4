package pl.bramka.operator;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A row of the default commission table as typed: a percentage ("1,29") and a fixed fee ("0,25"). */
class CommissionForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "|\\d{1,3}([.,]\\d{1,2})?", message = "{operator.commission.percent.invalid}")
    private String percent = "";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "|\\d{1,6}([.,]\\d{1,2})?", message = "{operator.commission.fee.invalid}")
    private String fee = "";

    static CommissionForm of(int percentBp, long feeMinor, int fractionDigits) {
        CommissionForm form = new CommissionForm();
        form.percent = BigDecimal.valueOf(percentBp, 2).toPlainString().replace('.', ',');
        form.fee = BigDecimal.valueOf(feeMinor, fractionDigits).toPlainString().replace('.', ',');
        return form;
    }

    /** Hundredths of a percent, or empty above 100%. */
    Optional<Integer> percentBp() {
        int bp = new BigDecimal(percent.replace(',', '.')).movePointRight(2).intValueExact();
        return bp <= 10_000 ? Optional.of(bp) : Optional.empty();
    }

    /** The fee in minor units, or empty with more decimals than the currency has. */
    Optional<Long> feeMinor(int fractionDigits) {
        BigDecimal typed = new BigDecimal(fee.replace(',', '.'));
        return typed.scale() > fractionDigits ? Optional.empty()
                : Optional.of(typed.movePointRight(fractionDigits).longValueExact());
    }

    public String getPercent() {
        return percent;
    }

    public void setPercent(String percent) {
        this.percent = percent;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }
}
