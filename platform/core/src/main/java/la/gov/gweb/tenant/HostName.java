package la.gov.gweb.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A DNS host name in canonical form: lower case, no port, no trailing dot, each label 1-63
 * letters, digits or hyphens (RFC 1123). Host headers are parsed into this form before any
 * lookup, so {@code MTC.localhost:8080} and {@code mtc.localhost.} reach the same site.
 */
public record HostName(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
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

    private static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
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
