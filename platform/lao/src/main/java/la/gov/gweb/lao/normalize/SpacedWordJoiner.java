package la.gov.gweb.lao.normalize;

import static la.gov.gweb.lao.LaoScript.isSyllableChar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import la.gov.gweb.lao.LaoSyllables;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Decides whether a single space between two Lao letters was typed inside a word (ສຳ ລັບ for ສຳລັບ,
 * as justified and machine-translated text often has) and can be removed.
 *
 * <p>The rule is deliberately narrow. The space goes only when a word of the ICU Lao dictionary
 * straddles it: the last one to four syllables before it and the first one to four after it spell
 * the word. And that word must reach, on each side, at least as far as the longest dictionary word
 * that lies on that side next to the space; so ລັດຖະບານ ໄດ້ stays apart, and so does ຄວາມຮູ້ຈັກອາຍ
 * ນໍ້າໄຫຼ, where ອາຍນໍ້າ straddles the space but ຄວາມຮູ້ຈັກອາຍ is the longer word. The syllables
 * after the space are read across further single spaces, so ກະ ຊວງ ສຶກ ສາ ທິ ການ joins up step by
 * step.
 *
 * <p>An instance keeps scratch space and is not thread-safe; the word list is shared.
 */
final class SpacedWordJoiner {

  private static final String DICTIONARY = "/la/gov/gweb/lao/laodict.txt";

  private static final int MAX_SYLLABLES = 4;
  private static final int MAX_CONTEXT = 48;

  private final LaoSyllables syllables = new LaoSyllables();
  private final char[] right = new char[MAX_CONTEXT];
  private final int[] leftEnds = new int[MAX_CONTEXT];
  private final int[] rightEnds = new int[MAX_CONTEXT];
  private final char[] candidate = new char[2 * MAX_CONTEXT];
  private int leftSyllables;

  /**
   * Tells whether the space just before {@code in[rightStart]} should go.
   *
   * @param written the text already written, whose trailing Lao letters are the left context
   * @param in the text being read; {@code in[rightStart]} must be a Lao letter
   */
  boolean joins(MappedText written, MappedText in, int rightStart) {
    char[] left = written.chars();
    int leftEnd = written.length();
    int leftStart = leftEnd;
    while (leftStart > 0
        && leftEnd - leftStart < MAX_CONTEXT
        && isSyllableChar(left[leftStart - 1])) {
      leftStart--;
    }
    int rightLength = 0;
    for (int k = rightStart; k < in.length() && rightLength < MAX_CONTEXT; k++) {
      char c = in.charAt(k);
      if (isSyllableChar(c)) {
        right[rightLength++] = c;
      } else if (c != ' '
          || !isSyllableChar(in.charAt(k - 1))
          || k + 1 == in.length()
          || !isSyllableChar(in.charAt(k + 1))) {
        break;
      }
    }
    CharArraySet words = Words.SET;
    leftSyllables = syllables.split(left, leftStart, leftEnd, leftEnds);
    int leftCount = Math.min(MAX_SYLLABLES, leftSyllables);
    int rightCount = Math.min(MAX_SYLLABLES, syllables.split(right, 0, rightLength, rightEnds));
    int leftWord = 0;
    for (int i = 1; i <= leftCount; i++) {
      int from = leftFrom(leftStart, i);
      if (words.contains(left, from, leftEnd - from)) {
        leftWord = i;
      }
    }
    int rightWord = 0;
    for (int j = 1; j <= rightCount; j++) {
      if (words.contains(right, 0, rightEnds[j - 1])) {
        rightWord = j;
      }
    }
    for (int i = Math.max(1, leftWord); i <= leftCount; i++) {
      int from = leftFrom(leftStart, i);
      int leftLength = leftEnd - from;
      System.arraycopy(left, from, candidate, 0, leftLength);
      for (int j = Math.max(1, rightWord); j <= rightCount; j++) {
        System.arraycopy(right, 0, candidate, leftLength, rightEnds[j - 1]);
        if (words.contains(candidate, 0, leftLength + rightEnds[j - 1])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns where the last {@code count} syllables of the left context begin. */
  private int leftFrom(int leftStart, int count) {
    return count < leftSyllables ? leftEnds[leftSyllables - count - 1] : leftStart;
  }

  /** The dictionary, loaded on first use and spelled the way the normalizer spells text. */
  private static final class Words {
    static final CharArraySet SET = load();

    private static CharArraySet load() {
      LaoNormalizer normalizer = new LaoNormalizer();
      CharArraySet set = new CharArraySet(32768, false);
      try (InputStream stream = SpacedWordJoiner.class.getResourceAsStream(DICTIONARY)) {
        if (stream == null) {
          throw new IllegalStateException("Missing resource " + DICTIONARY);
        }
        for (String word : WordlistLoader.getLines(stream, StandardCharsets.UTF_8)) {
          set.add(normalizer.normalize(word));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + DICTIONARY, e);
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }
}
