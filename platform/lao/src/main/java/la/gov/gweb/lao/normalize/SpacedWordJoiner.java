package la.gov.gweb.lao.normalize;

import static la.gov.gweb.lao.LaoScript.isSyllableChar;

import la.gov.gweb.lao.LaoSyllables;

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

  private static final int MAX_SYLLABLES = 4;
  private static final int MAX_CONTEXT = 48;

  private final LaoWordList words = LaoWordList.get();
  private final LaoSyllables syllables = new LaoSyllables();
  private final char[] right = new char[MAX_CONTEXT];
  private final int[] leftBounds = new int[MAX_CONTEXT + 1];
  private final int[] rightEnds = new int[MAX_CONTEXT];
  private final int[] leftHashes = new int[MAX_SYLLABLES + 1];
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
    // Only the syllables next to the space matter; splitting the whole context would cost more
    // than everything else here.
    leftSyllables = syllables.splitLast(left, leftStart, leftEnd, leftBounds, MAX_SYLLABLES);
    int leftCount = Math.min(MAX_SYLLABLES, leftSyllables);
    if (leftCount == 0 || rightLength == 0 || !mayStraddle(left, leftEnd, leftCount)) {
      return false;
    }
    int rightCount =
        Math.min(
            MAX_SYLLABLES,
            syllables.splitFirst(right, 0, rightLength, rightEnds, MAX_SYLLABLES));
    int leftWord = 0;
    for (int i = 1; i <= leftCount; i++) {
      int from = leftFrom(i);
      if (words.mayBeginWord(leftHashes[i]) && words.contains(left, from, leftEnd - from)) {
        leftWord = i;
      }
    }
    int rightWord = longestWordAtStart(LaoWordList.emptyHash(), right, 0, rightCount);
    for (int i = Math.max(1, leftWord); i <= leftCount; i++) {
      if (!words.mayBeginWord(leftHashes[i])) {
        continue;
      }
      int from = leftFrom(i);
      int leftLength = leftEnd - from;
      System.arraycopy(left, from, candidate, 0, leftLength);
      System.arraycopy(right, 0, candidate, leftLength, rightEnds[rightCount - 1]);
      if (longestWordAtStart(leftHashes[i], candidate, leftLength, rightCount)
          >= Math.max(1, rightWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hashes each candidate left part (the last one to {@code leftCount} syllables), and tells
   * whether any of them followed by the first letter after the space may begin a word. Many spaces
   * have none (half of those in the benchmarks' text), and for them the splitting of the right
   * side and the word lookups are skipped.
   */
  private boolean mayStraddle(char[] left, int leftEnd, int leftCount) {
    boolean may = false;
    for (int i = 1; i <= leftCount; i++) {
      int hash = LaoWordList.emptyHash();
      for (int k = leftFrom(i); k < leftEnd; k++) {
        hash = LaoWordList.extend(hash, left[k]);
      }
      leftHashes[i] = hash;
      may |= words.mayBeginWord(LaoWordList.extend(hash, right[0]));
    }
    return may;
  }

  /**
   * Returns how many of the first {@code count} right syllables, at most, complete a word when
   * appended to {@code text[0, offset)}, whose hash is {@code hash}; 0 if none does.
   */
  private int longestWordAtStart(int hash, char[] text, int offset, int count) {
    int longest = 0;
    int j = 0;
    for (int k = 0; k < rightEnds[count - 1]; k++) {
      hash = LaoWordList.extend(hash, text[offset + k]);
      if (!words.mayBeginWord(hash)) {
        break;
      }
      if (k + 1 == rightEnds[j]) {
        j++;
        if (words.contains(text, 0, offset + k + 1)) {
          longest = j;
        }
      }
    }
    return longest;
  }

  /** Returns where the last {@code count} syllables of the left context begin. */
  private int leftFrom(int count) {
    return leftBounds[leftSyllables - count];
  }
}
