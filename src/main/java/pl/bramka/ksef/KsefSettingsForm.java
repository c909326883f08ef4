package pl.bramka.ksef;

/** The KSeF choices: sending on or off, the environment, and whether consumers' invoices go too. */
class KsefSettingsForm {

    private boolean enabled;
    private KsefEnvironment environment = KsefEnvironment.TEST;
    private boolean includeConsumers;

    static KsefSettingsForm of(KsefConfiguration.View view) {
        KsefSettingsForm form = new KsefSettingsForm();
        form.enabled = view.enabled();
        form.environment = view.environment();
        form.includeConsumers = view.includeConsumers();
        return form;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public KsefEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(KsefEnvironment environment) {
        this.environment = environment;
    }

    public boolean isIncludeConsumers() {
        return includeConsumers;
    }

    public void setIncludeConsumers(boolean includeConsumers) {
        this.includeConsumers = includeConsumers;
    }
}
