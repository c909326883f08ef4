package pl.bramka.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Money;

/** The payout report's parameters: the payout days, shops, currency and format (CSV or a page to print). */
class PayoutReportRequest {

    enum Format {
        HTML, CSV
    }

    /** What the parameters ask for. */
    record PayoutReport(DayRange days, Set<UUID> shops, @Nullable String currency, Format format) {
    }

    private String range = "";
    private String from = "";
    private String to = "";
    private List<String> shop = new ArrayList<>();
    private String currency = "";
    private String format = "";

    Optional<PayoutReport> read(Set<UUID> merchantShops, LocalDate today, Errors errors) {
        DayRange days = ReportRequest.days(range, from, to, today, errors);
        Set<UUID> shops = ReportRequest.shops(shop, merchantShops, errors);
        if (!currency.isBlank() && !Money.CURRENCIES.contains(currency)) {
            ReportRequest.reject(errors, "currency", "reports.error.currency");
        }
        Optional<Format> chosen = format.isBlank() ? Optional.of(Format.HTML) : format(format);
        if (chosen.isEmpty()) {
            ReportRequest.reject(errors, "format", "reports.error.format");
        }
        if (errors.hasErrors() || days == null) {
            return Optional.empty();
        }
        return Optional.of(new PayoutReport(days, shops, currency.isBlank() ? null : currency, chosen.get()));
    }

    private static Optional<Format> format(String typed) {
        return typed.equals("html") ? Optional.of(Format.HTML)
                : typed.equals("csv") ? Optional.of(Format.CSV) : Optional.empty();
    }

    public DayRangePreset preset() {
        return ReportRequest.preset(range, from, to);
    }

    public String getRange() {
        return range;
    }

    public void setRange(@Nullable String range) {
        this.range = range == null ? "" : range.strip();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from == null ? "" : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to == null ? "" : to.strip();
    }

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

    public String getFormat() {
        return format;
    }

    public void setFormat(@Nullable String format) {
        this.format = format == null ? "" : format.strip();
    }
}
