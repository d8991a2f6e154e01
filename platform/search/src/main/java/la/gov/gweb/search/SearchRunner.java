package la.gov.gweb.search;

import static la.gov.gweb.search.IndexFields.BODY_EN;
import static la.gov.gweb.search.IndexFields.BODY_LO;
import static la.gov.gweb.search.IndexFields.BODY_LO_SYL;
import static la.gov.gweb.search.IndexFields.FILES_EN;
import static la.gov.gweb.search.IndexFields.FILES_LO;
import static la.gov.gweb.search.IndexFields.FILES_LO_SYL;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.gov.gweb.search.SnippetFormatter.Snippet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs a {@link SearchQuery} on a searcher, over one site's index or several, and turns the top
 * documents into {@link SearchHit}s with snippets.
 *
 * <p>Snippets come from the stored text, so they show the spelling the document used, whatever
 * spelling the reader typed. The highlighter combines the matches of every view of a text (words,
 * syllables, English stems) through masked fields, and reads match offsets from the postings
 * rather than analyzing the text again.
 */
final class SearchRunner {

  /** Passages are grown from word boundaries to about this many characters. */
  private static final int PASSAGE_CHARS = 160;

  /** Where the match sits in its passage: a little before the middle, to show what leads to it. */
  private static final float MATCH_POSITION = 0.4f;

  /**
   * The highlighter reads at most this much of a field's stored text, as much as one attachment
   * at the extractor's limit; matches beyond are found but not shown.
   */
  private static final int MAX_HIGHLIGHTED_CHARS = 1_000_000;

  private static final Map<String, Set<String>> VIEWS =
      Map.of(BODY_LO, Set.of(BODY_LO_SYL), FILES_LO, Set.of(FILES_LO_SYL, FILES_EN));

  private static final Set<String> SHOWN =
      Set.of(
          IndexFields.ID,
          IndexFields.SITE,
          IndexFields.TYPE,
          IndexFields.URL,
          IndexFields.DATE,
          IndexFields.TITLE_LO,
          IndexFields.TITLE_EN,
          IndexFields.FILE_NAME);

  private SearchRunner() {}

  static SearchResults search(IndexSearcher searcher, SearchQuery request) throws IOException {
    UserQueries.Parsed parsed = UserQueries.parse(request.text());
    if (parsed.query() == null) {
      return SearchResults.empty(parsed.truncated());
    }
    Query query = filtered(parsed.query(), request);
    int wanted = request.offset() + request.limit();
    TopDocs top;
    if (request.sort() == SearchQuery.SortOrder.DATE) {
      Sort newest =
          new Sort(LongField.newSortField(IndexFields.DATE, true, SortedNumericSelector.Type.MAX));
      top =
          searcher.search(
              query,
              new TopFieldCollectorManager(newest, wanted, null, SearchResults.EXACT_TOTAL_LIMIT));
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    } else {
      top =
          searcher.search(
              query,
              new TopScoreDocCollectorManager(wanted, null, SearchResults.EXACT_TOTAL_LIMIT));
    }
    ScoreDoc[] page =
        Arrays.copyOfRange(
            top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    String language =
        request.language() != null ? request.language() : UserQueries.languageOf(request.text());
    List<SearchHit> hits = hits(searcher, query, page, language);
    boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
    return new SearchResults(top.totalHits.value, exact, hits, parsed.truncated());
  }

  private static Query filtered(Query query, SearchQuery request) {
    if (request.type() == null && request.year() == null && request.legalKind() == null) {
      return query;
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (request.type() != null) {
      filtered.add(new TermQuery(new Term(IndexFields.TYPE, request.type())), Occur.FILTER);
    }
    if (request.year() != null) {
      filtered.add(IntField.newExactQuery(IndexFields.YEAR, request.year()), Occur.FILTER);
    }
    if (request.legalKind() != null) {
      filtered.add(
          new TermQuery(new Term(IndexFields.LEGAL_KIND, request.legalKind())), Occur.FILTER);
    }
    return filtered.build();
  }

  private static List<SearchHit> hits(
      IndexSearcher searcher, Query query, ScoreDoc[] page, String language) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    Shown[] shown = snippets(searcher, query, page, language);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, SHOWN);
      Snippet snippet = shown[i].snippet();
      String title = doc.get("en".equals(language) ? IndexFields.TITLE_EN : IndexFields.TITLE_LO);
      if (title == null) {
        title = doc.get("en".equals(language) ? IndexFields.TITLE_LO : IndexFields.TITLE_EN);
      }
      hits.add(
          new SearchHit(
              doc.get(IndexFields.SITE),
              Long.parseLong(doc.get(IndexFields.ID)),
              doc.get(IndexFields.TYPE),
              title == null ? "" : title,
              doc.get(IndexFields.URL),
              snippet == null ? "" : snippet.html(),
              shown[i].fromFile() ? doc.getValues(IndexFields.FILE_NAME)[snippet.value()] : null,
              Instant.ofEpochMilli(doc.getField(IndexFields.DATE).numericValue().longValue()),
              page[i].score));
    }
    return hits;
  }

  /** The snippet a hit shows, and whether it comes from an attachment. */
  private record Shown(Snippet snippet, boolean fromFile) {}

  /**
   * For each hit, the passage of its body in the reader's language if that matched, else of an
   * attachment that matched, else of the body in the other language if that matched, else the
   * beginning of a body. The other language is highlighted only for hits that need it.
   */
  private static Shown[] snippets(
      IndexSearcher searcher, Query query, ScoreDoc[] page, String language) throws IOException {
    String body = "en".equals(language) ? BODY_EN : BODY_LO;
    String otherBody = body.equals(BODY_LO) ? BODY_EN : BODY_LO;
    SnippetHighlighter highlighter = new SnippetHighlighter(searcher);
    int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    Map<String, Object[]> found = highlighter.snippets(new String[] {body, FILES_LO}, query, docs);
    Shown[] shown = new Shown[docs.length];
    List<Integer> unmatched = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      Snippet own = (Snippet) found.get(body)[i];
      Snippet file = (Snippet) found.get(FILES_LO)[i];
      if (matched(own)) {
        shown[i] = new Shown(own, false);
      } else if (matched(file)) {
        shown[i] = new Shown(file, true);
      } else {
        shown[i] = new Shown(own, false);
        unmatched.add(i);
      }
    }
    if (!unmatched.isEmpty()) {
      int[] again = unmatched.stream().mapToInt(i -> docs[i]).toArray();
      Object[] other = highlighter.snippets(new String[] {otherBody}, query, again).get(otherBody);
      for (int k = 0; k < again.length; k++) {
        Snippet snippet = (Snippet) other[k];
        int i = unmatched.get(k);
        if (matched(snippet) || shown[i].snippet() == null) {
          shown[i] = new Shown(snippet, false);
        }
      }
    }
    return shown;
  }

  private static boolean matched(Snippet snippet) {
    return snippet != null && snippet.matched();
  }

  /** The unified highlighter, with the snippet objects that its public methods turn to strings. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {

    SnippetHighlighter(IndexSearcher searcher) {
      super(
          UnifiedHighlighter.builder(searcher, SearchAnalyzer.INSTANCE)
              .withMaskedFieldsFunc(VIEWS::get)
              .withBreakIterator(
                  () ->
                      LengthGoalBreakIterator.createClosestToLength(
                          new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, MATCH_POSITION))
              .withFormatter(new SnippetFormatter())
              .withMaxLength(MAX_HIGHLIGHTED_CHARS)
              .withMaxNoHighlightPassages(1)
              .withWeightMatches(false));
    }

    /** The best passage of each field of each document, as {@link Snippet}s or nulls. */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs) throws IOException {
      int[] onePassage = new int[fields.length];
      Arrays.fill(onePassage, 1);
      return highlightFieldsAsObjects(fields, query, docs, onePassage);
    }
  }
}
