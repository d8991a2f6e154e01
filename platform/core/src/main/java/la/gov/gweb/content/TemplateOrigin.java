package la.gov.gweb.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import la.gov.gweb.i18n.LocalizedText;

/**
 * Where a page made from a site template came from: the template, the template page's path and
 * revision, and a fingerprint of the text the page had when the template last wrote it. A page
 * whose text no longer has that fingerprint was edited by its site.
 */
@Embeddable
public class TemplateOrigin {

    @Column(name = "template_name", length = 30)
    private String template;

    @Column(name = "template_path", length = 200)
    private String path;

    @Column(name = "template_revision")
    private Integer revision;

    @Column(name = "template_fingerprint", length = 64)
    private String fingerprint;

    protected TemplateOrigin() {
    }

    public TemplateOrigin(String template, String path, int revision, String fingerprint) {
        this.template = Objects.requireNonNull(template);
        this.path = Objects.requireNonNull(path);
        this.revision = revision;
        this.fingerprint = Objects.requireNonNull(fingerprint);
    }

    /** A fingerprint of an item's title, summary and body in both languages, as stored. */
    public static String fingerprint(ContentItem item) {
        return fingerprint(item.title(), item.summary(), item.body());
    }

    /** A fingerprint of a title, summary and body in both languages. */
    public static String fingerprint(LocalizedText title, LocalizedText summary, LocalizedText body) {
        StringBuilder text = new StringBuilder();
        for (LocalizedText part : new LocalizedText[] {title, summary, body}) {
            text.append(part.lo()).append('\u0000').append(part.en()).append('\u0000');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same origin with a later revision seen but not taken: the site keeps its own text, and
     * since the fingerprint stays that of the template's older text, the page still counts as edited.
     */
    TemplateOrigin declined(int laterRevision) {
        return new TemplateOrigin(template, path, laterRevision, fingerprint);
    }

    /** Whether the item's text is still what the template wrote. */
    public boolean isUntouchedIn(ContentItem item) {
        return fingerprint.equals(fingerprint(item));
    }

    public String template() {
        return template;
    }

    public String path() {
        return path;
    }

    public int revision() {
        return revision;
    }
}
