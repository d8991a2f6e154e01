package la.gov.gweb.content;

import java.util.Optional;

/** What a reader narrows the legal document register to: a kind, a year of issue, or both. */
public record LegalFilter(Optional<LegalDocumentKind> kind, Optional<Integer> year) {

    public static final LegalFilter NONE = new LegalFilter(Optional.empty(), Optional.empty());
}
