package la.gov.gweb.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class DraftValidatorTest {

    private static final LocalizedText TITLE = LocalizedText.of("ຂ່າວ", "News");
    private static final LocalizedText NONE = LocalizedText.of(null, null);

    private static ContentDraft draft(ContentType type, String slug) {
        return new ContentDraft(type, slug, 0, TITLE, NONE, NONE, null, null, null, null, NONE, null);
    }

    private static ContentDraft legal(String number, LegalDocumentKind kind, LocalDate issued, LocalizedText issuer) {
        return new ContentDraft(ContentType.LEGAL_DOCUMENT, "decree-12-2026", 0, TITLE, NONE, NONE, null, number,
                kind, issued, issuer, null);
    }

    private static ContentDraft withTitle(LocalizedText title) {
        return new ContentDraft(ContentType.NEWS, "flood-relief", 0, title, NONE, NONE, null, null, null, null, NONE,
                null);
    }

    @Test
    void aCompleteNewsItemHasNoProblems() {
        ContentDraft news = new ContentDraft(ContentType.NEWS, "flood-relief-2026", 2, TITLE,
                LocalizedText.of("ສະຫຼຸບ", "Summary"), LocalizedText.of("<p>ເນື້ອໃນ</p>", "<p>Body</p>"),
                "media/lead-2026.jpg", null, null, null, NONE, Instant.parse("2026-12-31T17:00:00Z"));
        assertEquals(List.of(), DraftValidator.problems(news));
    }

    @Test
    void aCompleteLegalDocumentHasNoProblems() {
        ContentDraft decree = legal("12/ລບ", LegalDocumentKind.DECREE, LocalDate.of(2026, 3, 14),
                LocalizedText.of("ສຳນັກງານນາຍົກລັດຖະມົນຕີ", "Prime Minister's Office"));
        assertEquals(List.of(), DraftValidator.problems(decree));
    }

    @Test
    void aMissingTypeIsTheOnlyProblemReported() {
        ContentDraft draft = new ContentDraft(null, "Not A Slug", 0, null, NONE, NONE, "../x", null, null, null,
                NONE, null);
        assertEquals(List.of(new Problem("type", "content.type.required", List.of())),
                DraftValidator.problems(draft));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Flood-Relief", "flood relief", "-flood", "flood-", "about/structure", "ັຂ່າວ",
            "flood_relief", "a.b"})
    void invalidSlugsOfListedTypesAreRejected(String slug) {
        for (ContentType type : List.of(ContentType.NEWS, ContentType.ANNOUNCEMENT, ContentType.LEGAL_DOCUMENT)) {
            List<Problem> problems = DraftValidator.problems(draft(type, slug));
            assertEquals(Problem.of("slug", "content.slug.invalid"), problems.get(0), type + " " + slug);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"flood-relief-2026", "ຂ່າວ", "ກອງປະຊຸມ-2026"})
    void readableSlugsOfListedTypesAreAcceptedInLaoToo(String slug) {
        for (ContentType type : List.of(ContentType.NEWS, ContentType.ANNOUNCEMENT, ContentType.LEGAL_DOCUMENT)) {
            assertTrue(DraftValidator.problems(draft(type, slug)).stream().noneMatch(problem -> "slug".equals(problem.field())),
                    type + " " + slug);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"about", "about/structure", "a/b/c/d/e", "ministry-2026/departments"})
    void validPagePathsAreAccepted(String path) {
        assertEquals(List.of(), DraftValidator.problems(draft(ContentType.PAGE, path)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"About", "/about", "about/", "about//structure", "a/b/c/d/e/f", "about/Structure"})
    void invalidPagePathsAreRejectedAsPaths(String path) {
        assertEquals(List.of(Problem.of("slug", "content.path.invalid")),
                DraftValidator.problems(draft(ContentType.PAGE, path)));
    }

    @Test
    void aNewsSlugIsNotAPagePath() {
        assertEquals(List.of(Problem.of("slug", "content.slug.invalid")),
                DraftValidator.problems(draft(ContentType.NEWS, "about/structure")));
    }

    @Test
    void aMissingTitleIsReported() {
        List<Problem> expected = List.of(Problem.of("title", "content.title.required"));
        assertEquals(expected, DraftValidator.problems(withTitle(null)));
        assertEquals(expected, DraftValidator.problems(withTitle(NONE)));
        assertEquals(expected, DraftValidator.problems(withTitle(LocalizedText.of("  ", "\t"))));
    }

    @Test
    void aTitleInOneLanguageIsEnough() {
        assertEquals(List.of(), DraftValidator.problems(withTitle(LocalizedText.of("ຂ່າວ", null))));
        assertEquals(List.of(), DraftValidator.problems(withTitle(LocalizedText.of(null, "News"))));
    }

    @Test
    void aLaoTitleOf500CharactersIsAcceptedAnd501IsTooLong() {
        assertEquals(List.of(), DraftValidator.problems(withTitle(LocalizedText.of("ກ".repeat(500), null))));
        assertEquals(List.of(Problem.of("title.lo", "content.tooLong", 500)),
                DraftValidator.problems(withTitle(LocalizedText.of("ກ".repeat(501), "News"))));
    }

    @Test
    void anEnglishTitleOf501CharactersIsTooLong() {
        assertEquals(List.of(Problem.of("title.en", "content.tooLong", 500)),
                DraftValidator.problems(withTitle(LocalizedText.of("ຂ່າວ", "n".repeat(501)))));
    }

    @Test
    void aBodyOfAMillionCharactersIsAcceptedAndOneMoreIsTooLong() {
        String million = "x".repeat(1_000_000);
        ContentDraft fits = new ContentDraft(ContentType.NEWS, "long", 0, TITLE, NONE,
                LocalizedText.of(million, million), null, null, null, null, NONE, null);
        ContentDraft tooLong = new ContentDraft(ContentType.NEWS, "long", 0, TITLE, NONE,
                LocalizedText.of("ກ" + million, "x" + million), null, null, null, null, NONE, null);
        assertEquals(List.of(), DraftValidator.problems(fits));
        assertEquals(List.of(Problem.of("body.lo", "content.tooLong", 1_000_000),
                        Problem.of("body.en", "content.tooLong", 1_000_000)),
                DraftValidator.problems(tooLong));
    }

    @Test
    void aSummaryOver2000CharactersIsTooLong() {
        ContentDraft draft = new ContentDraft(ContentType.ANNOUNCEMENT, "exam-results", 0, TITLE,
                LocalizedText.of("ສ".repeat(2_000), "s".repeat(2_001)), NONE, null, null, null, null, NONE, null);
        assertEquals(List.of(Problem.of("summary.en", "content.tooLong", 2_000)), DraftValidator.problems(draft));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.jpg", "media/../../etc/passwd", "/media/a.jpg", "media//a.jpg", "media/",
            ".hidden.jpg", "media/.hidden.jpg", "media/ຮູບ.jpg", "media/a b.jpg", "", "https://cdn.gov.la/a.jpg"})
    void invalidLeadImageKeysAreRejected(String key) {
        ContentDraft draft = new ContentDraft(ContentType.NEWS, "flood-relief", 0, TITLE, NONE, NONE, key, null,
                null, null, NONE, null);
        assertEquals(List.of(Problem.of("leadImage", "content.image.invalid")), DraftValidator.problems(draft));
    }

    @ParameterizedTest
    @ValueSource(strings = {"media/lead-2026.jpg", "lead.png", "media/2026/03/photo_1.webp"})
    void validLeadImageKeysAreAccepted(String key) {
        ContentDraft draft = new ContentDraft(ContentType.NEWS, "flood-relief", 0, TITLE, NONE, NONE, key, null,
                null, null, NONE, null);
        assertEquals(List.of(), DraftValidator.problems(draft));
    }

    @Test
    void aLegalDocumentNeedsNumberKindAndIssueDate() {
        assertEquals(List.of(Problem.of("legalNumber", "content.legal.number.required"),
                        Problem.of("legalKind", "content.legal.kind.required"),
                        Problem.of("legalIssued", "content.legal.issued.required")),
                DraftValidator.problems(legal(null, null, null, NONE)));
    }

    @Test
    void aBlankLegalNumberCountsAsMissing() {
        assertEquals(List.of(Problem.of("legalNumber", "content.legal.number.required")),
                DraftValidator.problems(legal("  ", LegalDocumentKind.LAW, LocalDate.of(2026, 1, 5), NONE)));
    }

    @Test
    void legalNumberAndIssuerHaveMaximumLengths() {
        ContentDraft draft = legal("1".repeat(101), LegalDocumentKind.NOTICE, LocalDate.of(2026, 1, 5),
                LocalizedText.of("ກ".repeat(301), "i".repeat(300)));
        assertEquals(List.of(Problem.of("legalNumber", "content.tooLong", 100),
                        Problem.of("legalIssuer.lo", "content.tooLong", 300)),
                DraftValidator.problems(draft));
    }

    @ParameterizedTest
    @EnumSource(value = ContentType.class, names = "LEGAL_DOCUMENT", mode = EnumSource.Mode.EXCLUDE)
    void otherTypesNeedNoLegalDetails(ContentType type) {
        String slug = type == ContentType.PAGE ? "about/structure" : "item-1";
        assertEquals(List.of(), DraftValidator.problems(draft(type, slug)));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsFieldAndKey() {
        ContentDraft draft = new ContentDraft(ContentType.LEGAL_DOCUMENT, "Decree 12", 0, NONE,
                LocalizedText.of(null, "s".repeat(2_001)), LocalizedText.of("ກ".repeat(1_000_001), null),
                "../lead.jpg", null, null, null, LocalizedText.of(null, "i".repeat(301)), null);
        List<Problem> problems = DraftValidator.problems(draft);
        assertEquals(List.of(
                        Problem.of("slug", "content.slug.invalid"),
                        Problem.of("title", "content.title.required"),
                        Problem.of("summary.en", "content.tooLong", 2_000),
                        Problem.of("body.lo", "content.tooLong", 1_000_000),
                        Problem.of("leadImage", "content.image.invalid"),
                        Problem.of("legalNumber", "content.legal.number.required"),
                        Problem.of("legalKind", "content.legal.kind.required"),
                        Problem.of("legalIssued", "content.legal.issued.required"),
                        Problem.of("legalIssuer.en", "content.tooLong", 300)),
                problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "news/archive", "admin", "en/about", "api"})
    void pagesCannotTakeThePlatformsOwnAddresses(String path) {
        List<Problem> problems = DraftValidator.problems(draft(ContentType.PAGE, path));
        assertEquals(List.of("content.path.reserved"), problems.stream().map(Problem::key).toList(), path);
    }

    @Test
    void aPageMayStartWithAReservedWordInsideItsFirstSegment() {
        assertEquals(List.of(), DraftValidator.problems(draft(ContentType.PAGE, "search-tips")));
        assertEquals(List.of(), DraftValidator.problems(draft(ContentType.NEWS, "search")), "news slugs are not paths");
    }
}
