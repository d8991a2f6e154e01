package la.gov.gweb.search;

import static la.gov.gweb.search.IndexFields.BODY_EN;
import static la.gov.gweb.search.IndexFields.BODY_LO;
import static la.gov.gweb.search.IndexFields.BODY_LO_SYL;
import static la.gov.gweb.search.IndexFields.FILES_EN;
import static la.gov.gweb.search.IndexFields.FILES_LO;
import static la.gov.gweb.search.IndexFields.FILES_LO_SYL;
import static la.gov.gweb.search.IndexFields.TITLE_EN;
import static la.gov.gweb.search.IndexFields.TITLE_LO;
import static la.gov.gweb.search.IndexFields.TITLE_LO_SYL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import la.gov.gweb.lao.LaoScript;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a Lucene query from the words a reader typed, by analyzing them exactly as documents are
 * analyzed. No query syntax is read: {@code title:(}, {@code *}, quotes and brackets are
 * punctuation, which the analyzers drop, so no input can fail to parse or reach another field.
 *
 * <p>An item matches in either of two ways, and ranks higher if both hold:
 *
 * <ul>
 *   <li>by words: the Lao analyzer splits the text into words (dictionary segmentation, spelling
 *       variants normalized) and most of them are in the item, as words of its Lao text, or, for
 *       Latin words and numbers, also stemmed in its English text. All of up to three words must
 *       match, three in four of more;
 *   <li>by syllables: every space-separated piece of Lao text in the query is in the item as a
 *       phrase of syllables, and every other word as above. This finds ວຽງຈັນ inside the
 *       dictionary compound ນະຄອນຫຼວງວຽງຈັນ, names the dictionary does not know, and words that
 *       the segmenter cut differently in the item's sentence than in the short query.
 * </ul>
 *
 * <p>Titles weigh more than bodies, and attachments less; a syllable phrase weighs less than the
 * same words found by the dictionary.
 */
final class UserQueries {

  /** Longer input is cut here; nobody types more into a search box on purpose. */
  private static final int MAX_CHARS = 500;

  /** Words, and pieces of Lao text, beyond this many are ignored. */
  private static final int MAX_WORDS = 24;

  /**
   * At most this many syllables make up the phrases of a query, so that with {@link #MAX_WORDS}
   * the query stays below 500 terms, far from Lucene's limit of 1024.
   */
  private static final int MAX_SYLLABLES = 64;

  private static final float TITLE_BOOST = 3f;
  private static final float FILES_BOOST = 0.6f;
  private static final float SYLLABLE_BOOST = 0.5f;

  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /**
   * The query built from a text.
   *
   * @param query the query, or null if the text holds no searchable word
   * @param truncated whether the text was cut to {@link #MAX_CHARS}, or its words or syllables
   *     to their limits
   */
  record Parsed(Query query, boolean truncated) {}

  private UserQueries() {}

  static Parsed parse(String text) {
    boolean truncated = text.length() > MAX_CHARS;
    String searched = truncated ? cut(text, MAX_CHARS) : text;

    Set<String> words = new LinkedHashSet<>(terms(BODY_LO, searched));
    if (words.size() > MAX_WORDS) {
      truncated = true;
      words = new LinkedHashSet<>(new ArrayList<>(words).subList(0, MAX_WORDS));
    }
    List<Query> laoWords = new ArrayList<>();
    List<Query> otherWords = new ArrayList<>();
    for (String word : words) {
      if (hasLao(word)) {
        laoWords.add(laoWord(word));
      } else {
        List<String> stems = terms(BODY_EN, word);
        if (!stems.isEmpty()) { // else an English stop word, which need not match
          otherWords.add(otherWord(word, stems));
        }
      }
    }

    List<Query> pieces = new ArrayList<>();
    int syllableCount = 0;
    for (String piece : SPACES.split(searched)) {
      if (!hasLao(piece) || pieces.size() == MAX_WORDS) {
        truncated |= hasLao(piece);
        continue;
      }
      List<String> phrase = syllables(piece);
      if (syllableCount + phrase.size() > MAX_SYLLABLES) {
        truncated = true;
        phrase = phrase.subList(0, MAX_SYLLABLES - syllableCount);
      }
      if (!phrase.isEmpty()) {
        syllableCount += phrase.size();
        pieces.add(syllablePhrase(phrase));
      }
    }

    List<Query> allWords = new ArrayList<>(laoWords);
    allWords.addAll(otherWords);
    if (allWords.isEmpty() && pieces.isEmpty()) {
      return new Parsed(null, truncated);
    }
    Query byWords = null;
    if (!allWords.isEmpty()) {
      BooleanQuery.Builder most = new BooleanQuery.Builder();
      allWords.forEach(clause -> most.add(clause, Occur.SHOULD));
      most.setMinimumNumberShouldMatch(allWords.size() - allWords.size() / 4);
      byWords = most.build();
    }
    if (pieces.isEmpty()) {
      return new Parsed(byWords, truncated);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    pieces.forEach(piece -> all.add(piece, Occur.MUST));
    otherWords.forEach(word -> all.add(word, Occur.MUST));
    Query bySyllables = all.build();
    if (byWords == null) {
      return new Parsed(bySyllables, truncated);
    }
    Query either =
        new BooleanQuery.Builder()
            .add(byWords, Occur.SHOULD)
            .add(bySyllables, Occur.SHOULD)
            .build();
    return new Parsed(either, truncated);
  }

  /** The language whose title and snippet suit a reader who typed {@code text}. */
  static String languageOf(String text) {
    boolean latin = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (LaoScript.isLao(c)) {
        return "lo";
      }
      latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return latin ? "en" : "lo";
  }

  private static Query laoWord(String word) {
    return new BooleanQuery.Builder()
        .add(boost(new TermQuery(new Term(TITLE_LO, word)), TITLE_BOOST), Occur.SHOULD)
        .add(new TermQuery(new Term(BODY_LO, word)), Occur.SHOULD)
        .add(boost(new TermQuery(new Term(FILES_LO, word)), FILES_BOOST), Occur.SHOULD)
        .build();
  }

  /** A Latin word or a number: as written in the Lao fields, stemmed in the English ones. */
  private static Query otherWord(String word, List<String> stems) {
    return new BooleanQuery.Builder()
        .add(boost(new TermQuery(new Term(TITLE_LO, word)), TITLE_BOOST), Occur.SHOULD)
        .add(new TermQuery(new Term(BODY_LO, word)), Occur.SHOULD)
        .add(boost(new TermQuery(new Term(FILES_LO, word)), FILES_BOOST), Occur.SHOULD)
        .add(boost(phrase(TITLE_EN, stems), TITLE_BOOST), Occur.SHOULD)
        .add(phrase(BODY_EN, stems), Occur.SHOULD)
        .add(boost(phrase(FILES_EN, stems), FILES_BOOST), Occur.SHOULD)
        .build();
  }

  /** The syllables in a row, in the title, body or attachments. */
  private static Query syllablePhrase(List<String> syllables) {
    return new BooleanQuery.Builder()
        .add(boost(phrase(TITLE_LO_SYL, syllables), TITLE_BOOST * SYLLABLE_BOOST), Occur.SHOULD)
        .add(boost(phrase(BODY_LO_SYL, syllables), SYLLABLE_BOOST), Occur.SHOULD)
        .add(boost(phrase(FILES_LO_SYL, syllables), FILES_BOOST * SYLLABLE_BOOST), Occur.SHOULD)
        .build();
  }

  /** A term query for one term, a phrase query for several. */
  private static Query phrase(String field, List<String> terms) {
    return terms.size() == 1
        ? new TermQuery(new Term(field, terms.get(0)))
        : new PhraseQuery(field, terms.toArray(new String[0]));
  }

  private static Query boost(Query query, float boost) {
    return new BoostQuery(query, boost);
  }

  private static List<String> syllables(String text) {
    return terms(BODY_LO_SYL, text);
  }

  private static List<String> terms(String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = SearchAnalyzer.INSTANCE.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analyzing a string cannot fail", e);
    }
    return terms;
  }

  private static boolean hasLao(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (LaoScript.isLao(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Cuts before {@code length}, never between a letter and its marks or inside a pair. */
  private static String cut(String text, int length) {
    int end = length;
    while (end > 0
        && (Character.isLowSurrogate(text.charAt(end))
            || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
      end--;
    }
    return text.substring(0, end);
  }
}
