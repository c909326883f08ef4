package pl.bramka.transaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.SearchCriteria;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;

/**
 * The list's filters and search box as GET parameters, so a filtered list is a link. Every value arrives as text and
 * is checked here; a bad value gets a message on its field and the list is not searched.
 */
class TransactionFilter {

    static final int MAX_SEARCH_LENGTH = 100;

    private String q = "";
    private String shop = "";
    private String status = "";
    private String type = "";
    private String method = "";
    private String currency = "";
    private String range = "";
    private String from = "";
    private String to = "";
    private String min = "";
    private String max = "";
    private String cursor = "";

    /** imoje's paymentMethod names the list can filter by, in catalogue order. */
    static Set<String> paymentMethods() {
        return PaymentMethodCatalogue.all().stream().map(PaymentMethodDefinition::paymentMethod)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The search the filters ask for, or empty when a value is wrong (each wrong field gets its message). */
    Optional<SearchCriteria> criteria(UUID merchantId, Collection<UUID> merchantShops, Clock clock, Errors errors) {
        UUID serviceId = null;
        if (!shop.isBlank()) {
            serviceId = Ids.uuid(shop.trim()).filter(merchantShops::contains).orElse(null);
            if (serviceId == null) {
                errors.rejectValue("shop", "transactions.filter.shop.invalid");
            }
        }
        Set<PanelStatus> statuses = EnumSet.noneOf(PanelStatus.class);
        if (!status.isBlank()) {
            Ids.constant(PanelStatus.class, status).ifPresentOrElse(statuses::add,
                    () -> errors.rejectValue("status", "transactions.filter.invalid"));
        }
        TransactionType transactionType = null;
        if (!type.isBlank()) {
            transactionType = Ids.constant(TransactionType.class, type).orElse(null);
            if (transactionType == null) {
                errors.rejectValue("type", "transactions.filter.invalid");
            }
        }
        if (!method.isBlank() && !paymentMethods().contains(method)) {
            errors.rejectValue("method", "transactions.filter.invalid");
        }
        if (!currency.isBlank() && !Money.CURRENCIES.contains(currency)) {
            errors.rejectValue("currency", "transactions.filter.invalid");
        }
        Interval created = createdWithin(clock, errors);
        Long minAmount = amount("min", min, errors);
        Long maxAmount = amount("max", max, errors);
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            errors.rejectValue("max", "transactions.filter.amount.order");
        }
        if (q.length() > MAX_SEARCH_LENGTH) {
            errors.rejectValue("q", "transactions.search.tooLong", new Object[] {MAX_SEARCH_LENGTH}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SearchCriteria(merchantId, serviceId, statuses, transactionType, blankToNull(method),
                blankToNull(currency), created.from(), created.until(), minAmount, maxAmount, blankToNull(q.trim())));
    }

    /** The instants the date filters cover, [from, until); either end is open (null) when not given. */
    private record Interval(@Nullable Instant from, @Nullable Instant until) {

        static final Interval ALWAYS = new Interval(null, null);
    }

    /** A preset's Warsaw days, or the custom days typed, where the list, unlike the dashboard, allows open ends. */
    private Interval createdWithin(Clock clock, Errors errors) {
        boolean customDays = !from.isBlank() || !to.isBlank();
        if (range.isBlank() && !customDays) {
            return Interval.ALWAYS;
        }
        Optional<DayRangePreset> preset = range.isBlank() ? Optional.of(DayRangePreset.CUSTOM)
                : DayRangePreset.ofParameter(range);
        if (preset.isEmpty()) {
            errors.rejectValue("range", "transactions.filter.invalid");
            return Interval.ALWAYS;
        }
        if (preset.get() != DayRangePreset.CUSTOM) {
            DayRange days = preset.get().days(DayRange.today(clock));
            return new Interval(days.start(), days.end());
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.rejectValue("to", "transactions.filter.date.order");
        }
        return new Interval(fromDay == null ? null : DayRange.startOf(fromDay),
                toDay == null ? null : DayRange.endOf(toDay));
    }

    private static @Nullable LocalDate day(String field, String value, Errors errors) {
        if (value.isBlank()) {
            return null;
        }
        Optional<LocalDate> day = DayRange.parseDay(value);
        if (day.isEmpty()) {
            errors.rejectValue(field, "transactions.filter.date.invalid");
        }
        return day.orElse(null);
    }

    private @Nullable Long amount(String field, String value, Errors errors) {
        if (value.isBlank()) {
            return null;
        }
        Optional<Long> parsed = Money.CURRENCIES.contains(currency) ? Money.parse(value, currency).map(Money::minor)
                : Money.parseMinor(value, Money.COMMON_FRACTION_DIGITS);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "transactions.filter.amount.invalid");
            return null;
        }
        return parsed.get();
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The filters as query parameters, without the cursor: for page links and for removing one filter. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("shop", shop);
        parameters.put("status", status);
        parameters.put("type", type);
        parameters.put("method", method);
        parameters.put("currency", currency);
        parameters.put("range", range);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("min", min);
        parameters.put("max", max);
        parameters.values().removeIf(String::isBlank);
        return parameters;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop == null ? "" : shop;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method == null ? "" : method;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? "" : currency;
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range == null ? "" : range;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min == null ? "" : min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max == null ? "" : max;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor == null ? "" : cursor;
    }
}
