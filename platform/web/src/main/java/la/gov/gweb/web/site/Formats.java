package la.gov.gweb.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import la.gov.gweb.content.Attachment;

/** {@code #{formats}}: small formatting helpers for the views (file sizes and types, download links). */
@Named("formats")
@ApplicationScoped
public class Formats {

    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A short name of the file's type for readers, from its name: PDF, DOCX. */
    public String fileType(Attachment attachment) {
        String name = attachment.fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** The path of an attachment's download, without context path. */
    public String downloadPath(Attachment attachment) {
        return "/files/" + attachment.id() + "/"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
