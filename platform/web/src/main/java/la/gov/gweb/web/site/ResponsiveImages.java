package la.gov.gweb.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.gov.gweb.media.ImageVariants;
import la.gov.gweb.media.MediaFile;
import la.gov.gweb.persistence.SiteStore;

/**
 * {@code #{images}}: images sized for phones. Media images get a {@code srcset} of their 480, 960
 * and 1600 pixel variants ({@code ?w=}, which answers the original when the image is narrower),
 * and images in rich text are loaded lazily with the width and height of the stored file, so
 * that a phone downloads a small variant only when it scrolls to it, and the text does not jump.
 */
@Named("images")
@RequestScoped
public class ResponsiveImages {

    /** Content is at most this wide on a desktop, the whole screen on a phone. */
    static final String SIZES = "(max-width: 960px) 100vw, 960px";

    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*?)\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_SRC = Pattern.compile("\\ssrc=\"(/media/[^\"?#]+)\"");
    private static final Pattern HAS_SIZE = Pattern.compile("\\s(width|height)=", Pattern.CASE_INSENSITIVE);

    @Inject
    HttpServletRequest request;

    @Inject
    @SiteStore
    EntityManager em;

    /** The variants of a media image by width, for {@code srcset}. */
    public String srcset(String storageKey) {
        return srcsetOf(request.getContextPath() + "/" + storageKey);
    }

    public String getSizes() {
        return SIZES;
    }

    /** Rich text with its media images made responsive and lazy; everything else as it was. */
    public String body(String html) {
        if (html == null || html.indexOf("<img") < 0) {
            return html;
        }
        Matcher img = IMG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (img.find()) {
            img.appendReplacement(out, Matcher.quoteReplacement(responsive(img.group(1), img.group())));
        }
        img.appendTail(out);
        return out.toString();
    }

    private String responsive(String attributes, String tag) {
        Matcher src = MEDIA_SRC.matcher(attributes);
        if (!src.find() || attributes.contains("srcset=")) {
            return tag;
        }
        String key = src.group(1).substring(1);
        StringBuilder extra = new StringBuilder();
        extra.append(" srcset=\"").append(srcsetOf(request.getContextPath() + "/" + key))
                .append("\" sizes=\"").append(SIZES).append("\" loading=\"lazy\" decoding=\"async\"");
        if (!HAS_SIZE.matcher(attributes).find()) {
            dimensions(key).ifPresent(size -> extra.append(" width=\"").append(size[0])
                    .append("\" height=\"").append(size[1]).append('"'));
        }
        return "<img" + attributes + extra + "/>";
    }

    private Optional<int[]> dimensions(String storageKey) {
        List<MediaFile> files = em.createQuery("select m from MediaFile m where m.storageKey = :key", MediaFile.class)
                .setParameter("key", storageKey)
                .setMaxResults(1)
                .getResultList();
        return files.stream()
                .filter(file -> file.width() != null && file.height() != null)
                .map(file -> new int[] {file.width(), file.height()})
                .findFirst();
    }

    static String srcsetOf(String href) {
        StringJoiner candidates = new StringJoiner(", ");
        for (int width : ImageVariants.WIDTHS) {
            candidates.add(href + "?w=" + width + " " + width + "w");
        }
        return candidates.toString();
    }
}
