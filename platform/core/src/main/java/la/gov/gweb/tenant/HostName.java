package la.gov.gweb.tenant;

import java.util.Locale;
import java.util.Optional;

/**
 * A DNS host name in canonical form: lower case, no port, no trailing dot, each label 1-63
 * letters, digits or hyphens (RFC 1123). Host headers are parsed into this form before any
 * lookup, so {@code MTC.localhost:8080} and {@code mtc.localhost.} reach the same site.
 */
public record HostName(String value) {

    private static final int MAX_LABEL_LENGTH = 63;
    private static final int MAX_LENGTH = 253;

    public HostName {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid host name '" + value + "'");
        }
    }

    /** Parses a name as configured by people: case and a trailing dot are forgiven. */
    public static HostName of(String name) {
        return new HostName(canonical(name));
    }

    /**
     * Parses the value of an HTTP Host header ({@code name} or {@code name:port}). Empty when the
     * header is missing or malformed, which the caller answers with 400.
     */
    public static Optional<HostName> fromHostHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = header.strip();
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            String port = name.substring(colon + 1);
            if (!isPort(port)) {
                return Optional.empty();
            }
            name = name.substring(0, colon);
        }
        String canonical = canonical(name);
        return isValid(canonical) ? Optional.of(new HostName(canonical)) : Optional.empty();
    }

    /** ASCII digits only: {@code Character.isDigit} would also accept Arabic-Indic and other digits. */
    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(port) <= 65_535;
    }

    private static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** Without a regular expression: the Host header of every request is checked here. */
    private static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                if (!isLabel(name, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return true;
    }

    /** 1-63 lower-case letters, digits or hyphens, neither first nor last a hyphen. */
    private static boolean isLabel(String name, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_LABEL_LENGTH || name.charAt(from) == '-' || name.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
