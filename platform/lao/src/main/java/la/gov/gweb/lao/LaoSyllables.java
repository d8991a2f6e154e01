package la.gov.gweb.lao;

import static la.gov.gweb.lao.LaoScript.isLeadingVowel;
import static la.gov.gweb.lao.LaoScript.isMark;

import java.util.Arrays;

/**
 * Splits a run of Lao letters into orthographic syllables by rule, the way Thai character clusters
 * are found: a leading vowel ເ ແ ໂ ໃ ໄ always starts a syllable and binds the consonant after it;
 * an onset is a consonant, ຫ with a sonorant, a consonant with ຼ, or a consonant with the glide ວ
 * or, in loan words, ຣ; vowel and tone marks stay with their consonant; a final consonant closes
 * the syllable, and consonants silenced by ໌ stay with it.
 *
 * <p>Where a consonant could close one syllable or open the next, the split that leaves the fewest
 * pieces outside the syllable patterns wins, then the one with the fewest syllables, then the one
 * with the longer first syllable. Letters that fit no pattern (abbreviations such as ສປປ, broken
 * text) come out one base letter with its marks at a time, so every character lands in a piece.
 *
 * <p>Input is expected in the form {@code la.gov.gweb.lao.normalize.LaoNormalizer} produces
 * (ligatures, canonical mark order); other spellings still split, only less accurately. An instance
 * keeps scratch space and is not thread-safe.
 */
public final class LaoSyllables {

  private int[] invalid = new int[16];
  private int[] pieces = new int[16];
  private int[] next = new int[16];
  private int[] tail = new int[16];
  private int[] reversed = new int[16];
  private final SyllablePatterns patterns = new SyllablePatterns();

  /** Creates a splitter with its own scratch space. */
  public LaoSyllables() {}

  /**
   * Splits {@code text[start, end)}, meant to hold only {@link LaoScript#isSyllableChar} characters
   * (any other character comes out as a piece of its own), and writes the end offset of each
   * syllable into {@code ends}.
   *
   * @param ends receives the end offsets; needs room for {@code end - start} entries
   * @return the number of syllables written
   */
  public int split(char[] text, int start, int end, int[] ends) {
    int count = 0;
    int segment = start;
    for (int i = start + 1; i <= end; i++) {
      if (i == end || isLeadingVowel(text[i])) {
        count = splitSegment(text, segment, i, ends, count);
        segment = i;
      }
    }
    return count;
  }

  /**
   * Splits the beginning of {@code text[start, end)} like {@link #split(char[], int, int, int[])},
   * but may stop once {@code wanted} syllables are found. Text is split independently between
   * leading vowels, so these first syllables are the ones a split of the whole text gives.
   *
   * @return the number of syllables written: all of them, or at least {@code wanted}
   */
  public int splitFirst(char[] text, int start, int end, int[] ends, int wanted) {
    int count = 0;
    int segment = start;
    for (int i = start + 1; i <= end && count < wanted; i++) {
      if (i == end || isLeadingVowel(text[i])) {
        count = splitSegment(text, segment, i, ends, count);
        segment = i;
      }
    }
    return count;
  }

  /**
   * Splits the end of {@code text[start, end)} like {@link #split(char[], int, int, int[])}, but may
   * stop once {@code wanted} syllables are found, counting from the end. Text is split
   * independently between leading vowels, so these last syllables are the ones a split of the whole
   * text ends with.
   *
   * @param bounds receives where the first syllable written starts, then the end offset of each
   *     syllable; needs room for {@code end - start + 1} entries
   * @return the number of syllables written: all of them, or at least {@code wanted}
   */
  public int splitLast(char[] text, int start, int end, int[] bounds, int wanted) {
    int from = end;
    int count = 0;
    while (from > start && count < wanted) {
      int segment = from - 1;
      while (segment > start && !isLeadingVowel(text[segment])) {
        segment--;
      }
      if (tail.length < from - segment) {
        tail = new int[from - segment];
      }
      int found = splitSegment(text, segment, from, tail, 0);
      if (reversed.length < count + found) {
        reversed = Arrays.copyOf(reversed, Math.max(2 * reversed.length, count + found));
      }
      for (int k = found - 1; k >= 0; k--) {
        reversed[count++] = tail[k];
      }
      from = segment;
    }
    bounds[0] = from;
    for (int k = 0; k < count; k++) {
      bounds[k + 1] = reversed[count - 1 - k];
    }
    return count;
  }

  private int splitSegment(char[] t, int start, int end, int[] ends, int count) {
    int n = end - start;
    if (invalid.length <= n) {
      invalid = new int[n + 1];
      pieces = new int[n + 1];
      next = new int[n + 1];
    }
    invalid[n] = 0;
    pieces[n] = 0;
    for (int k = n - 1; k >= 0; k--) {
      int i = start + k;
      int fallback = i + 1;
      while (fallback < end && isMark(t[fallback])) {
        fallback++;
      }
      int bestEnd = fallback;
      int bestInvalid = invalid[fallback - start] + 1;
      int bestPieces = pieces[fallback - start] + 1;
      int matches = patterns.match(t, i, end);
      for (int c = 0; c < matches; c++) {
        int e = patterns.end(c);
        int inv = invalid[e - start];
        int pcs = pieces[e - start] + 1;
        if (inv < bestInvalid
            || (inv == bestInvalid && (pcs < bestPieces || (pcs == bestPieces && e > bestEnd)))) {
          bestEnd = e;
          bestInvalid = inv;
          bestPieces = pcs;
        }
      }
      invalid[k] = bestInvalid;
      pieces[k] = bestPieces;
      next[k] = bestEnd;
    }
    for (int k = 0; k < n; k = next[k] - start) {
      ends[count++] = next[k];
    }
    return count;
  }
}
