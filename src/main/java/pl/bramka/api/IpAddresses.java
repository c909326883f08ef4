package pl.bramka.api;

import java.util.regex.Pattern;

/**
 * Recognises IPv4 and IPv6 address literals by their text alone. {@code InetAddress.getByName} is not used because
 * for anything that is not a literal it would ask DNS.
 */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEXTET = Pattern.compile("[0-9a-fA-F]{1,4}");

    private IpAddresses() {
    }

    static boolean isLiteral(String text) {
        return IPV4.matcher(text).matches() || isIpv6(text);
    }

    private static boolean isIpv6(String text) {
        if (text.length() > 45 || !text.contains(":")) {
            return false;
        }
        int groups = 8;
        String address = text;
        int lastColon = address.lastIndexOf(':');
        if (address.indexOf('.') > lastColon) {
            // an IPv4 tail (::ffff:192.0.2.1) takes the place of two groups
            if (!IPV4.matcher(address.substring(lastColon + 1)).matches()) {
                return false;
            }
            address = address.substring(0, lastColon + 1) + "0";
            groups = 7;
        }
        int compression = address.indexOf("::");
        if (compression != address.lastIndexOf("::")) {
            return false;
        }
        if (compression < 0) {
            return hextets(address) == groups;
        }
        String head = address.substring(0, compression);
        String tail = address.substring(compression + 2);
        int count = (head.isEmpty() ? 0 : hextets(head)) + (tail.isEmpty() ? 0 : hextets(tail));
        boolean valid = (head.isEmpty() || hextets(head) > 0) && (tail.isEmpty() || hextets(tail) > 0);
        return valid && count < groups;
    }

    /** How many colon-separated hextets the text has, or -1 when any part is not one. */
    private static int hextets(String text) {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (!HEXTET.matcher(part).matches()) {
                return -1;
            }
        }
        return parts.length;
    }
}
