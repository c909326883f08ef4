package pl.bramka.checkout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A paywall form as the shop signed it: the submitted parameters as a tree ({@code billing[firstName]=John} becomes
 * {@code billing → {firstName → John}}), with the {@code signature} parameter kept aside because it is not signed.
 * Values are exactly as submitted, since the signature covers the raw text.
 *
 * @param signed    every parameter but the signature; each value is a {@code String} or a nested
 *                  {@code Map<String, Object>} of the same kind, unmodifiable
 * @param signature the submitted signature, or null when there was none
 */
record PaywallFields(Map<String, Object> signed, @Nullable String signature) {

    static final int MAX_PARAMETERS = 100;
    /** Enough for {@code multipayout[0][ban]}, the deepest field imoje defines. */
    static final int MAX_DEPTH = 3;
    static final int MAX_VALUE_LENGTH = 2000;

    private static final String SIGNATURE = "signature";
    /** A name, then bracketed keys; neither may be empty or contain a bracket. */
    private static final Pattern NAME = Pattern.compile("([^\\[\\]]+)((?:\\[[^\\[\\]]+\\])*)");
    private static final Pattern KEY = Pattern.compile("\\[([^\\[\\]]+)\\]");

    /**
     * Reads the parameters a servlet request carries, from a posted form or a query string. Refuses a form whose
     * meaning would be ambiguous (a name given twice, or used both for a value and for nested fields), names PHP
     * would read differently from us ({@code a[]}, {@code a[b}), and forms too large or too deeply nested to be a
     * real order.
     */
    static PaywallOutcome<PaywallFields> read(Map<String, String[]> parameters) {
        if (parameters.size() > MAX_PARAMETERS) {
            return refused(null, PaywallRule.TOO_MANY_FIELDS);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        String signature = null;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            if (values.length > 1) {
                return refused(name, PaywallRule.DUPLICATE);
            }
            String value = values.length == 0 ? "" : values[0];
            if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
                return refused(name, PaywallRule.TOO_LONG);
            }
            if (name.equals(SIGNATURE)) {
                signature = value;
                continue;
            }
            if (name.startsWith(SIGNATURE + "[")) {
                return refused(name, PaywallRule.STRUCTURE);
            }
            Optional<PaywallRule> problem = place(tree, name, value);
            if (problem.isPresent()) {
                return refused(name, problem.get());
            }
        }
        Optional<String> mixed = levelMixingIndicesAndNames(tree, "");
        if (mixed.isPresent()) {
            return refused(mixed.get(), PaywallRule.MIXED_KEYS);
        }
        return new PaywallOutcome.Accepted<>(new PaywallFields(frozen(tree), signature));
    }

    private static Optional<PaywallRule> place(Map<String, Object> tree, String name, String value) {
        Optional<List<String>> path = path(name);
        if (path.isEmpty()) {
            return Optional.of(PaywallRule.MALFORMED_NAME);
        }
        List<String> keys = path.get();
        if (keys.size() > MAX_DEPTH) {
            return Optional.of(PaywallRule.TOO_DEEP);
        }
        Map<String, Object> level = tree;
        for (String key : keys.subList(0, keys.size() - 1)) {
            Object existing = level.computeIfAbsent(key, absent -> new LinkedHashMap<String, Object>());
            if (!(existing instanceof Map<?, ?>)) {
                return Optional.of(PaywallRule.VALUE_AND_MAP);
            }
            level = asTree(existing);
        }
        // Distinct names give distinct paths, so an existing entry here can only be nested fields.
        if (level.putIfAbsent(keys.get(keys.size() - 1), value) != null) {
            return Optional.of(PaywallRule.VALUE_AND_MAP);
        }
        return Optional.empty();
    }

    /**
     * {@code multipayout[0][ban]} → {@code [multipayout, 0, ban]}. A top-level name of digits only is refused: no
     * field is called that, and it would put a list index among the field names.
     */
    private static Optional<List<String>> path(String name) {
        Matcher whole = NAME.matcher(name);
        if (!whole.matches() || PhpKeyOrder.isIndex(whole.group(1))) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        keys.add(whole.group(1));
        Matcher key = KEY.matcher(whole.group(2));
        while (key.find()) {
            keys.add(key.group(1));
        }
        return Optional.of(keys);
    }

    /** The name of the first nested level that mixes list indices with names, e.g. {@code visibleMethod}. */
    private static Optional<String> levelMixingIndicesAndNames(Map<String, Object> level, String name) {
        if (PhpKeyOrder.mixesIndicesAndNames(level.keySet())) {
            return Optional.of(name);
        }
        for (Map.Entry<String, Object> entry : level.entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> nested) {
                String nestedName = name.isEmpty() ? entry.getKey() : name + "[" + entry.getKey() + "]";
                Optional<String> mixed = levelMixingIndicesAndNames(asTree(nested), nestedName);
                if (mixed.isPresent()) {
                    return mixed;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> frozen(Map<String, Object> level) {
        Map<String, Object> copy = new LinkedHashMap<>();
        level.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> nested ? frozen(asTree(nested)) : value));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asTree(Object level) {
        return (Map<String, Object>) level;
    }

    private static PaywallOutcome<PaywallFields> refused(@Nullable String field, PaywallRule rule) {
        return new PaywallOutcome.Refused<>(List.of(new PaywallFieldError(field, rule)));
    }
}
