package la.gov.gweb.web.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Writes a stored file with validators, so that browsers and proxies revalidate instead of refetching. */
final class FileResponses {

    private FileResponses() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Path file, String mediaType,
                     String disposition, String cacheControl) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(modified.toMillis()) + "-" + Long.toHexString(size) + "-"
                + Integer.toHexString(file.getFileName().toString().hashCode()) + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toMillis());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (notModified(request, etag, modified.toMillis())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        if (disposition != null) {
            response.setHeader("Content-Disposition", disposition);
        }
        if (!"HEAD".equals(request.getMethod())) {
            Files.copy(file, response.getOutputStream());
        }
    }

    /** If-None-Match decides when sent; If-Modified-Since only without it, at its one-second precision. */
    private static boolean notModified(HttpServletRequest request, String etag, long modifiedMillis) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return match.equals(etag) || match.equals("W/" + etag);
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && modifiedMillis / 1000 <= since / 1000;
        } catch (IllegalArgumentException malformedDate) {
            return false;
        }
    }
}
