package pl.bramka.link;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import pl.bramka.shared.EmailAddress;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;

/**
 * The new-link form as typed. {@link #toNewLink} checks every field and puts each problem on its field; nothing is
 * made unless all are right. Times are typed in Polish time (Europe/Warsaw).
 */
class LinkForm {

    static final ZoneId PANEL_ZONE = ZoneId.of("Europe/Warsaw");
    static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final int MAX_USE_LIMIT = 1_000_000;

    private String kind = "one_time";
    private String shop = "";
    private String currency = "PLN";
    private String amountMode = "fixed";
    private String amount = "";
    private String amountMin = "";
    private String amountMax = "";
    private String title = "";
    private String description = "";
    private String customerName = "";
    private String customerEmail = "";
    private String orderId = "";
    private String validTo = "";
    private List<String> methods = new ArrayList<>();
    private String useLimit = "";
    private List<String> payerFields = new ArrayList<>();

    /** imoje's paymentMethod names a link may be limited to, in catalogue order. */
    static Set<String> paymentMethods() {
        return PaymentMethodCatalogue.all().stream().map(PaymentMethodDefinition::paymentMethod)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The form filled from a link, for Duplicate: the same data with no expiry (a copy starts afresh). */
    static LinkForm copyOf(Link link) {
        LinkForm form = new LinkForm();
        form.kind = link.kind() == LinkKind.REUSABLE ? "reusable" : "one_time";
        form.shop = link.serviceId().toString();
        form.currency = link.currency();
        form.amountMode = link.payerEntersAmount() ? "payer" : "fixed";
        form.amount = typed(link.amount(), link.currency());
        form.amountMin = typed(link.amountMin(), link.currency());
        form.amountMax = typed(link.amountMax(), link.currency());
        form.title = link.title();
        form.description = orEmpty(link.description());
        form.customerName = orEmpty(link.customerName());
        form.customerEmail = orEmpty(link.customerEmail());
        form.orderId = link.kind() == LinkKind.REUSABLE ? orEmpty(link.orderId()) : "";
        form.methods = link.methods() == null ? new ArrayList<>() : new ArrayList<>(link.methods());
        form.useLimit = link.useLimit() == null ? "" : link.useLimit().toString();
        form.payerFields = link.payerFields().stream().map(PayerField::wire).collect(Collectors.toList());
        return form;
    }

    /** The link the form describes, or empty with every wrong field marked. */
    Optional<NewLink> toNewLink(Collection<UUID> merchantShops, String createdBy, Clock clock, Errors errors) {
        boolean reusable = "reusable".equals(kind);
        if (!reusable && !"one_time".equals(kind)) {
            errors.rejectValue("kind", "links.form.invalid");
        }
        UUID serviceId = Ids.uuid(shop.trim()).filter(merchantShops::contains).orElse(null);
        if (serviceId == null) {
            errors.rejectValue("shop", "links.form.shop.required");
        }
        boolean knownCurrency = Money.CURRENCIES.contains(currency);
        if (!knownCurrency) {
            errors.rejectValue("currency", "links.form.invalid");
        }
        boolean payerEnters = reusable && "payer".equals(amountMode);
        Long fixed = null;
        Long min = null;
        Long max = null;
        if (payerEnters) {
            min = amount("amountMin", amountMin, knownCurrency, errors);
            max = amount("amountMax", amountMax, knownCurrency, errors);
            if (min != null && max != null && min > max) {
                errors.rejectValue("amountMax", "links.form.amount.order");
            }
        } else {
            fixed = amount("amount", amount, knownCurrency, errors);
        }
        String cleanTitle = text("title", title, 255, true, errors);
        String cleanDescription = text("description", description, 255, false, errors);
        String cleanOrderId = text("orderId", orderId, 100, false, errors);
        String cleanName = reusable ? null : text("customerName", customerName, 200, false, errors);
        String cleanEmail = reusable ? null : text("customerEmail", customerEmail, EmailAddress.MAX_LENGTH, false,
                errors);
        if (cleanEmail != null && !EmailAddress.isValid(cleanEmail)) {
            errors.rejectValue("customerEmail", "links.form.email.invalid");
        }
        Instant expiry = expiry(clock, errors);
        if (!paymentMethods().containsAll(methods)) {
            errors.rejectValue("methods", "links.form.invalid");
        }
        Integer limit = reusable ? useLimit(errors) : null;
        Set<PayerField> fields = reusable ? payerFields(errors) : EnumSet.noneOf(PayerField.class);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewLink(reusable ? LinkKind.REUSABLE : LinkKind.ONE_TIME, serviceId, cleanTitle,
                cleanDescription, currency, fixed, min, max, cleanOrderId, cleanName, cleanEmail,
                methods.isEmpty() ? null : List.copyOf(new LinkedHashSet<>(methods)), limit, expiry, fields,
                createdBy));
    }

    private @Nullable Long amount(String field, String typed, boolean knownCurrency, Errors errors) {
        if (typed.isBlank()) {
            errors.rejectValue(field, "links.form.amount.required");
            return null;
        }
        Optional<Money> parsed = knownCurrency ? Money.parse(typed, currency) : Optional.empty();
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "links.form.amount.invalid");
            return null;
        }
        return parsed.get().minor();
    }

    private static @Nullable String text(String field, String typed, int maxLength, boolean required,
            Errors errors) {
        String trimmed = typed.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                errors.rejectValue(field, "links.form.required");
            }
            return null;
        }
        if (trimmed.length() > maxLength || trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.rejectValue(field, "links.form.text.invalid", new Object[] {maxLength}, null);
            return null;
        }
        return trimmed;
    }

    private @Nullable Instant expiry(Clock clock, Errors errors) {
        if (validTo.isBlank()) {
            return null;
        }
        try {
            Instant at = LocalDateTime.parse(validTo.trim(), LOCAL_MINUTES).atZone(PANEL_ZONE).toInstant();
            if (!at.isAfter(clock.instant())) {
                errors.rejectValue("validTo", "links.form.validTo.past");
                return null;
            }
            return at;
        } catch (DateTimeParseException notADate) {
            errors.rejectValue("validTo", "links.form.validTo.invalid");
            return null;
        }
    }

    private @Nullable Integer useLimit(Errors errors) {
        if (useLimit.isBlank()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(useLimit.trim());
            if (limit >= 1 && limit <= MAX_USE_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as an out-of-range number is
        }
        errors.rejectValue("useLimit", "links.form.useLimit.invalid", new Object[] {MAX_USE_LIMIT}, null);
        return null;
    }

    private Set<PayerField> payerFields(Errors errors) {
        Set<PayerField> fields = EnumSet.noneOf(PayerField.class);
        for (String field : payerFields) {
            try {
                fields.add(PayerField.ofWire(field));
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("payerFields", "links.form.invalid");
            }
        }
        return fields;
    }

    private static String typed(@Nullable Long minor, String currency) {
        return minor == null ? "" : BigDecimal.valueOf(minor, Money.fractionDigits(currency))
                .toPlainString().replace('.', ',');
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop == null ? "" : shop;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? "" : currency;
    }

    public String getAmountMode() {
        return amountMode;
    }

    public void setAmountMode(String amountMode) {
        this.amountMode = amountMode == null ? "" : amountMode;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount == null ? "" : amount;
    }

    public String getAmountMin() {
        return amountMin;
    }

    public void setAmountMin(String amountMin) {
        this.amountMin = amountMin == null ? "" : amountMin;
    }

    public String getAmountMax() {
        return amountMax;
    }

    public void setAmountMax(String amountMax) {
        this.amountMax = amountMax == null ? "" : amountMax;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName == null ? "" : customerName;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(String customerEmail) {
        this.customerEmail = customerEmail == null ? "" : customerEmail;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId == null ? "" : orderId;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo == null ? "" : validTo;
    }

    public List<String> getMethods() {
        return methods;
    }

    public void setMethods(List<String> methods) {
        this.methods = methods == null ? new ArrayList<>() : methods;
    }

    public String getUseLimit() {
        return useLimit;
    }

    public void setUseLimit(String useLimit) {
        this.useLimit = useLimit == null ? "" : useLimit;
    }

    public List<String> getPayerFields() {
        return payerFields;
    }

    public void setPayerFields(List<String> payerFields) {
        this.payerFields = payerFields == null ? new ArrayList<>() : payerFields;
    }
}
