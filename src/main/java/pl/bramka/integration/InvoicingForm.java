package pl.bramka.integration;

import java.util.List;

import org.springframework.validation.Errors;

/** The shop's invoicing mode and default VAT rate, as the integration tab's form sends them. */
class InvoicingForm {

    static final List<String> VAT_RATES = List.of("23", "8", "5", "0", "zw");
    static final int MAX_BASIS_LENGTH = 256;

    private String mode = InvoicingMode.OFF.name();
    private String vatRate = "23";
    private String exemptionBasis = "";

    static InvoicingForm of(ShopInvoicing settings) {
        InvoicingForm form = new InvoicingForm();
        form.mode = settings.mode().name();
        form.vatRate = settings.vatRate();
        form.exemptionBasis = settings.exemptionBasis() == null ? "" : settings.exemptionBasis();
        return form;
    }

    void validate(Errors errors) {
        if (parsedMode() == null) {
            errors.rejectValue("mode", "validation.required");
        }
        if (!VAT_RATES.contains(vatRate)) {
            errors.rejectValue("vatRate", "validation.required");
        }
        String basis = basis();
        if ("zw".equals(vatRate) && basis.isEmpty()) {
            errors.rejectValue("exemptionBasis", "integration.invoicing.basis.required");
        } else if (basis.length() > MAX_BASIS_LENGTH) {
            errors.rejectValue("exemptionBasis", "integration.invoicing.basis.length",
                    new Object[] {MAX_BASIS_LENGTH}, null);
        }
    }

    InvoicingMode parsedMode() {
        return List.of(InvoicingMode.values()).stream().filter(value -> value.name().equals(mode)).findFirst()
                .orElse(null);
    }

    ShopInvoicing settings() {
        return new ShopInvoicing(parsedMode(), vatRate, "zw".equals(vatRate) ? basis() : null);
    }

    private String basis() {
        return exemptionBasis == null ? "" : exemptionBasis.trim();
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getVatRate() {
        return vatRate;
    }

    public void setVatRate(String vatRate) {
        this.vatRate = vatRate;
    }

    public String getExemptionBasis() {
        return exemptionBasis;
    }

    public void setExemptionBasis(String exemptionBasis) {
        this.exemptionBasis = exemptionBasis;
    }
}
