package la.gov.gweb.publishing;

import java.util.ArrayList;
import java.util.List;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PagePath;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.refusal.Problem;

/** Checks a draft before anything is saved and reports every problem at once. */
final class DraftValidator {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 2_000;
    static final int MAX_BODY = 1_000_000;
    static final int MAX_FIELD = 300;

    private DraftValidator() {
    }

    static List<Problem> problems(ContentDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.type() == null) {
            problems.add(Problem.of("type", "content.type.required"));
            return problems;
        }
        boolean page = draft.type() == ContentType.PAGE;
        if (page ? !PagePath.isValid(draft.slug()) : !PagePath.isValidSlug(draft.slug())) {
            problems.add(Problem.of("slug", page ? "content.path.invalid" : "content.slug.invalid"));
        } else if (page && PagePath.isReserved(draft.slug())) {
            problems.add(Problem.of("slug", "content.path.reserved", draft.slug().split("/", 2)[0]));
        }
        if (draft.title() == null || draft.title().isEmpty()) {
            problems.add(Problem.of("title", "content.title.required"));
        }
        tooLong(problems, "title", draft.title(), MAX_TITLE);
        tooLong(problems, "summary", draft.summary(), MAX_SUMMARY);
        tooLong(problems, "body", draft.body(), MAX_BODY);
        if (draft.leadImage() != null && !StorageKey.isValid(draft.leadImage())) {
            problems.add(Problem.of("leadImage", "content.image.invalid"));
        }
        if (draft.type() == ContentType.LEGAL_DOCUMENT) {
            if (draft.legalNumber() == null || draft.legalNumber().isBlank()) {
                problems.add(Problem.of("legalNumber", "content.legal.number.required"));
            } else if (draft.legalNumber().length() > 100) {
                problems.add(Problem.of("legalNumber", "content.tooLong", 100));
            }
            if (draft.legalKind() == null) {
                problems.add(Problem.of("legalKind", "content.legal.kind.required"));
            }
            if (draft.legalIssued() == null) {
                problems.add(Problem.of("legalIssued", "content.legal.issued.required"));
            }
            tooLong(problems, "legalIssuer", draft.legalIssuer(), MAX_FIELD);
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, LocalizedText text, int max) {
        if (text == null) {
            return;
        }
        for (Language language : Language.values()) {
            String value = text.raw(language);
            if (value != null && value.length() > max) {
                problems.add(Problem.of(field + "." + language.code(), "content.tooLong", max));
            }
        }
    }
}
