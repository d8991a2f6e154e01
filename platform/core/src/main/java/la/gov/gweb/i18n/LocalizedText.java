package la.gov.gweb.i18n;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A text written in Lao and in English; either may be missing. Mapped as two columns
 * ({@code <name>_lo}, {@code <name>_en}) through attribute overrides on the owning entity.
 */
@Embeddable
@Access(AccessType.FIELD)
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lo;
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String lo, String en) {
        this.lo = blankToNull(lo);
        this.en = blankToNull(en);
    }

    public static LocalizedText of(String lo, String en) {
        return new LocalizedText(lo, en);
    }

    public String lo() {
        return lo;
    }

    public String en() {
        return en;
    }

    /** The raw text in one language, or null when it was not written. */
    public String raw(Language language) {
        return language == Language.LO ? lo : en;
    }

    /** The text in the requested language, else in the other one, marked as a fallback. */
    public Translation in(Language requested) {
        String wanted = raw(requested);
        if (wanted != null) {
            return new Translation(wanted, requested, false);
        }
        String other = raw(requested.other());
        return other == null ? Translation.EMPTY : new Translation(other, requested.other(), true);
    }

    public boolean isEmpty() {
        return lo == null && en == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(lo, that.lo) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lo, en);
    }

    @Override
    public String toString() {
        return "lo=" + lo + ", en=" + en;
    }
}
