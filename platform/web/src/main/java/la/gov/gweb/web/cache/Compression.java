package la.gov.gweb.web.cache;

import jakarta.servlet.http.HttpServletRequest;

/** Whether the reader's Accept-Encoding takes gzip. */
final class Compression {

    private Compression() {
    }

    static boolean accepted(HttpServletRequest request) {
        return acceptsGzip(request.getHeader("Accept-Encoding"));
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
