package la.gov.gweb.web.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import la.gov.gweb.web.cache.Revalidation;

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
        if (Revalidation.notModified(request, modified.toMillis(), etag)) {
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
}
