package pl.bramka.integration;

import org.springframework.validation.Errors;

/** The ING Księgowość API key; with it every completed payment gets an invoice. */
class AccountingKeyForm {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 200;

    private String accountingKey = "";

    void validate(Errors errors) {
        String key = trimmed();
        if (key.isEmpty()) {
            errors.rejectValue("accountingKey", "validation.required");
        }
        else if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) {
            errors.rejectValue("accountingKey", "integration.accounting.length", new Object[] {MIN_LENGTH, MAX_LENGTH},
                    null);
        }
        else if (!key.matches("[\\x20-\\x7E]+")) {
            errors.rejectValue("accountingKey", "integration.accounting.characters");
        }
    }

    /** Surrounding spaces come from copying and pasting, never from the key. */
    String trimmed() {
        return accountingKey == null ? "" : accountingKey.trim();
    }

    public String getAccountingKey() {
        return accountingKey;
    }

    public void setAccountingKey(String accountingKey) {
        this.accountingKey = accountingKey;
    }
}
