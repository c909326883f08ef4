package pl.bramka.checkout;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.EmailAddress;
import pl.bramka.shared.Money;

/**
 * Checks a signed paywall form against imoje's field rules (imoje-compat.md §3) and collects every broken rule, so a
 * shop's developer can fix them all at once. Unknown fields are errors too: a misspelt {@code urlSucess} would
 * otherwise be signed, accepted and silently ignored. Nothing is trimmed or normalised in the texts that are kept,
 * because the shop signed them as they are.
 */
final class PaywallRequestValidator {

    /** How far ahead {@code validTo} must be, so the payer has a moment to pay. */
    static final Duration MIN_VALIDITY = Duration.ofSeconds(60);

    private static final Pattern SERVICE_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern MERCHANT_ID = Pattern.compile("[a-z0-9]+");
    /** 1 to 999 999 999 minor units written as PHP writes an integer: no sign, no leading zero, no decimals. */
    private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9#_\\-./ \\u00C0-\\u02C0]+");
    private static final Pattern PHONE = Pattern.compile("[-+0-9 ]+");
    private static final Pattern METHOD_CODE = Pattern.compile("[a-z0-9_]+");
    private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Predicate<String> ANY_TEXT = text -> true;
    /** What {@code validTo} holds when the shop's PHP sent a null: the payment never expires. */
    private static final String NEVER = "NULL";

    private static final Set<String> VISIBLE_METHODS = Set.of("card", "wallet", "pbl", "blik", "imoje_paylater", "wt",
            "lease", "imoje_installments");
    private static final Set<String> LANGUAGES = Set.of("pl", "en", "cs", "de", "es", "fr", "it", "lt", "ru", "sk",
            "sl", "uk", "nl", "hu", "ro", "bg", "sv");
    private static final Set<String> ADDRESS_FIELDS = Set.of("firstName", "lastName", "company", "street", "city",
            "region", "postalCode", "countryCodeAlpha2", "taxId", "phone");
    /** Fields carried to the transaction as plain values without being interpreted here. */
    private static final List<String> EXTRA_VALUES = List.of("version", "simp", "invoice", "cart", "cartData",
            "twistoData", "customerId", "widgetType");
    private static final String MULTIPAYOUT = "multipayout";
    private static final Set<String> KNOWN_FIELDS = Stream.concat(EXTRA_VALUES.stream(), Stream.of("serviceId",
            "merchantId", "amount", "currency", "orderId", "customerFirstName", "customerLastName", "customerEmail",
            "customerPhone", "orderDescription", "additionalDescription", "urlSuccess", "urlFailure", "urlReturn",
            "urlNotification", "visibleMethod", "validTo", "preselectMethodCode", "billing", "shipping", "lang",
            MULTIPAYOUT)).collect(Collectors.toUnmodifiableSet());

    private final Map<String, ?> fields;
    private final List<PaywallFieldError> errors = new ArrayList<>();

    private PaywallRequestValidator(Map<String, ?> fields) {
        this.fields = fields;
    }

    /** Whether the paywall serves pages in {@code lang}, one of imoje's codes ({@code ua} is read as {@code uk}). */
    static boolean knowsLanguage(String lang) {
        return LANGUAGES.contains(lang) || lang.equals("ua");
    }

    /**
     * The order in {@code fields} (the {@linkplain PaywallFields#signed() signed tree}), or every rule it breaks.
     * {@code clock} says when "now" is for {@code validTo}.
     */
    static PaywallOutcome<PaywallRequest> validate(Map<String, ?> fields, Clock clock) {
        return new PaywallRequestValidator(fields).request(clock.instant());
    }

    private PaywallOutcome<PaywallRequest> request(Instant now) {
        String serviceId = required("serviceId", 36, SERVICE_ID.asMatchPredicate(), PaywallRule.SERVICE_ID);
        String merchantId = required("merchantId", 20, MERCHANT_ID.asMatchPredicate(), PaywallRule.MERCHANT_ID);
        String amount = required("amount", 9, AMOUNT.asMatchPredicate(), PaywallRule.AMOUNT);
        String currency = required("currency", 3, Money.CURRENCIES::contains, PaywallRule.CURRENCY);
        String orderId = required("orderId", 100, ORDER_ID.asMatchPredicate(), PaywallRule.ORDER_ID);
        String firstName = required("customerFirstName", 100);
        String lastName = required("customerLastName", 100);
        String email = optional("customerEmail", 200, EmailAddress::isValid, PaywallRule.EMAIL);
        String phone = optional("customerPhone", 20, PHONE.asMatchPredicate(), PaywallRule.PHONE);
        String description = optional("orderDescription", 255);
        String additional = optional("additionalDescription", 255);
        String urlSuccess = optional("urlSuccess", 300, PaywallRequestValidator::isWebAddress, PaywallRule.URL);
        String urlFailure = optional("urlFailure", 300, PaywallRequestValidator::isWebAddress, PaywallRule.URL);
        String urlReturn = optional("urlReturn", 300, PaywallRequestValidator::isWebAddress, PaywallRule.URL);
        String urlNotification = optional("urlNotification", 300, PaywallRequestValidator::isWebAddress,
                PaywallRule.URL);
        List<String> visibleMethods = visibleMethods();
        Instant validTo = validTo(now);
        String preselect = optional("preselectMethodCode", 20, METHOD_CODE.asMatchPredicate(),
                PaywallRule.PRESELECT_METHOD);
        Map<String, String> billing = address("billing");
        Map<String, String> shipping = address("shipping");
        String lang = optional("lang", 2, PaywallRequestValidator::knowsLanguage, PaywallRule.LANG);
        Map<String, Object> extras = extras();
        fields.keySet().stream().filter(name -> !KNOWN_FIELDS.contains(name))
                .forEach(name -> fail(name, PaywallRule.UNKNOWN_FIELD));
        if (!errors.isEmpty()) {
            return new PaywallOutcome.Refused<>(errors);
        }
        return new PaywallOutcome.Accepted<>(new PaywallRequest(UUID.fromString(serviceId), merchantId,
                new Money(Long.parseLong(amount), currency), orderId, firstName, lastName, email, phone, description,
                additional, urlSuccess, urlFailure, urlReturn, urlNotification, visibleMethods, validTo, preselect,
                billing, shipping, "ua".equals(lang) ? "uk" : lang, extras));
    }

    private @Nullable String required(String name, int maxLength, Predicate<String> valid, PaywallRule rule) {
        String value = text(name, fields.get(name), maxLength, valid, rule);
        if (value == null && isEmpty(fields.get(name))) {
            fail(name, PaywallRule.REQUIRED);
        }
        return value;
    }

    private @Nullable String optional(String name, int maxLength, Predicate<String> valid, PaywallRule rule) {
        return text(name, fields.get(name), maxLength, valid, rule);
    }

    /** Free text: only its length is checked. */
    private @Nullable String required(String name, int maxLength) {
        return required(name, maxLength, ANY_TEXT, PaywallRule.TOO_LONG);
    }

    /** Free text: only its length is checked. */
    private @Nullable String optional(String name, int maxLength) {
        return optional(name, maxLength, ANY_TEXT, PaywallRule.TOO_LONG);
    }

    /**
     * The value if it is there and keeps its rules; null (with the broken rule recorded) otherwise. The format comes
     * first: "not an amount" helps more than "too long" for {@code 1000000000}.
     */
    private @Nullable String text(String name, @Nullable Object raw, int maxLength, Predicate<String> valid,
            PaywallRule rule) {
        if (raw instanceof Map<?, ?>) {
            fail(name, PaywallRule.STRUCTURE);
            return null;
        }
        if (isEmpty(raw)) {
            return null;
        }
        String value = raw.toString();
        if (!valid.test(value)) {
            fail(name, rule);
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            fail(name, PaywallRule.TOO_LONG);
            return null;
        }
        return value;
    }

    /** A comma list ({@code card,blik}) or a list of fields ({@code visibleMethod[0]=card}). */
    private List<String> visibleMethods() {
        Object raw = fields.get("visibleMethod");
        List<String> codes;
        if (raw instanceof Map<?, ?> list) {
            if (!list.keySet().stream().allMatch(key -> PhpKeyOrder.isIndex(key.toString()))
                    || list.values().stream().anyMatch(code -> code instanceof Map<?, ?>)) {
                fail("visibleMethod", PaywallRule.STRUCTURE);
                return List.of();
            }
            codes = PhpKeyOrder.sorted(list.keySet().stream().map(Object::toString).toList()).stream()
                    .map(index -> String.valueOf(list.get(index))).toList();
        }
        else if (isEmpty(raw)) {
            return List.of();
        }
        else {
            codes = Arrays.asList(raw.toString().split(",", -1));
        }
        if (!VISIBLE_METHODS.containsAll(codes)) {
            fail("visibleMethod", PaywallRule.VISIBLE_METHOD);
            return List.of();
        }
        return codes.stream().distinct().toList();
    }

    private @Nullable Instant validTo(Instant now) {
        String value = optional("validTo", 12, text -> text.equals(NEVER) || UNIX_SECONDS.matcher(text).matches(),
                PaywallRule.VALID_TO);
        if (value == null || value.equals(NEVER)) {
            return null;
        }
        Instant validTo = Instant.ofEpochSecond(Long.parseLong(value));
        if (validTo.isBefore(now.plus(MIN_VALIDITY))) {
            fail("validTo", PaywallRule.VALID_TO_TOO_SOON);
            return null;
        }
        return validTo;
    }

    private Map<String, String> address(String name) {
        Object raw = fields.get(name);
        if (isEmpty(raw)) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> address)) {
            fail(name, PaywallRule.STRUCTURE);
            return Map.of();
        }
        Map<String, String> kept = new LinkedHashMap<>();
        address.forEach((key, value) -> {
            String field = name + "[" + key + "]";
            if (!ADDRESS_FIELDS.contains(key.toString())) {
                fail(field, PaywallRule.UNKNOWN_FIELD);
                return;
            }
            String text = text(field, value, 200, ANY_TEXT, PaywallRule.TOO_LONG);
            if (text != null) {
                kept.put(key.toString(), text);
            }
        });
        return kept;
    }

    private Map<String, Object> extras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        for (String name : EXTRA_VALUES) {
            String value = optional(name, PaywallFields.MAX_VALUE_LENGTH);
            if (value != null) {
                extras.put(name, value);
            }
        }
        Object multipayout = fields.get(MULTIPAYOUT);
        if (multipayout instanceof Map<?, ?>) {
            extras.put(MULTIPAYOUT, multipayout);
        }
        else if (!isEmpty(multipayout)) {
            fail(MULTIPAYOUT, PaywallRule.STRUCTURE);
        }
        return extras;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isEmpty(@Nullable Object raw) {
        return raw == null || raw.toString().isEmpty();
    }

    private void fail(String field, PaywallRule rule) {
        errors.add(new PaywallFieldError(field, rule));
    }
}
