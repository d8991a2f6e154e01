package la.gov.gweb.content;

import java.util.Locale;
import java.util.Optional;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedText;

/** The kinds of legal documents in a site's register, from a law down to a notice. */
public enum LegalDocumentKind {
    LAW("ກົດໝາຍ", "Law"),
    DECREE("ດຳລັດ", "Decree"),
    DECISION("ຂໍ້ຕົກລົງ", "Decision"),
    INSTRUCTION("ຄຳແນະນຳ", "Instruction"),
    NOTICE("ແຈ້ງການ", "Notice");

    private final LocalizedText label;

    LegalDocumentKind(String lo, String en) {
        this.label = LocalizedText.of(lo, en);
    }

    public String label(Language language) {
        return label.in(language).text();
    }

    /** The lower-case code used in URLs and seed files ({@code decree}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LegalDocumentKind> fromCode(String code) {
        for (LegalDocumentKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
