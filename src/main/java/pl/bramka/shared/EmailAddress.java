package pl.bramka.shared;

import java.util.regex.Pattern;

/**
 * The one rule for e-mail addresses typed anywhere (users, notification addresses, payers in API bodies and paywall
 * forms, sign-in): at most 254 characters (RFC 5321's path limit), a local part of at most 64, one at sign, and a
 * domain of at least two dot-separated labels, with no spaces or control characters. It is deliberately loose
 * beyond that: the only real check of an address is a message that arrives.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    /** As a regular expression, for {@code @Email(regexp = …)} and the HTML {@code pattern} attribute. */
    public static final String PATTERN = "[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text.length() <= MAX_LENGTH && COMPILED.matcher(text).matches();
    }
}
