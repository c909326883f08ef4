package pl.bramka.report;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The report form's filters and file options as typed, bound by name from a request: the report form and every form
 * that makes reports (a schedule) share them, and {@link ReportRequest} reads them into a report.
 */
public abstract class ReportFormFields {

    private List<String> shop = new ArrayList<>();
    private String currency = "";
    private List<String> operation = new ArrayList<>();
    private List<String> status = new ArrayList<>();
    private List<String> method = new ArrayList<>();
    private List<String> column = new ArrayList<>();
    private String dialect = "";
    private String mt940Profile = "";
    private String encoding = "";
    private String camtVersion = "";

    public List<String> getShop() {
        return shop;
    }

    public void setShop(List<String> shop) {
        this.shop = new ArrayList<>(shop);
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency == null ? "" : currency.strip();
    }

    public List<String> getOperation() {
        return operation;
    }

    public void setOperation(List<String> operation) {
        this.operation = new ArrayList<>(operation);
    }

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = new ArrayList<>(status);
    }

    public List<String> getMethod() {
        return method;
    }

    public void setMethod(List<String> method) {
        this.method = new ArrayList<>(method);
    }

    public List<String> getColumn() {
        return column;
    }

    public void setColumn(List<String> column) {
        this.column = new ArrayList<>(column);
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(@Nullable String dialect) {
        this.dialect = dialect == null ? "" : dialect.strip();
    }

    public String getMt940Profile() {
        return mt940Profile;
    }

    public void setMt940Profile(@Nullable String mt940Profile) {
        this.mt940Profile = mt940Profile == null ? "" : mt940Profile.strip();
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(@Nullable String encoding) {
        this.encoding = encoding == null ? "" : encoding.strip();
    }

    public String getCamtVersion() {
        return camtVersion;
    }

    public void setCamtVersion(@Nullable String camtVersion) {
        this.camtVersion = camtVersion == null ? "" : camtVersion.strip();
    }
}
