package la.gov.gweb.lao;

import static la.gov.gweb.lao.LaoScript.isConsonant;
import static la.gov.gweb.lao.LaoScript.isLeadingVowel;
import static la.gov.gweb.lao.LaoScript.isMark;
import static la.gov.gweb.lao.LaoScript.isToneMark;

/**
 * The shapes a written Lao syllable can take, for {@link LaoSyllables}: given a start, lists every
 * end at which a well-formed syllable could stop. Choosing among them is the caller's business.
 */
final class SyllablePatterns {

  /** ກ ງ ດ ນ ບ ມ ຍ ວ, and ສ ລ ຣ ຟ that close loan words such as ແກັສ and ກຣາຟ. */
  private static final String FINALS =
      "\u0E81\u0E87\u0E94\u0E99\u0E9A\u0EA1\u0E8D\u0EA7\u0EAA\u0EA5\u0EA3\u0E9F";

  /** The sonorants ງ ຍ ນ ມ ລ ວ ຣ that ຫ silently precedes. */
  private static final String HO_CLUSTER = "\u0E87\u0E8D\u0E99\u0EA1\u0EA5\u0EA7\u0EA3";

  /** The glide ວ and the ຣ of loan words, which can follow any other consonant in an onset. */
  private static final String CLUSTER_SECONDS = "\u0EA7\u0EA3";

  private static final int MAX_CANDIDATES = 64;

  private final int[] candidates = new int[MAX_CANDIDATES];
  private int candidateCount;

  /** Finds the syllables that start at {@code t[i]} and end by {@code end}; returns how many. */
  int match(char[] t, int i, int end) {
    candidateCount = 0;
    matchSyllable(t, i, end);
    return candidateCount;
  }

  /** Returns the end offset of the {@code index}-th syllable found by the last {@link #match}. */
  int end(int index) {
    return candidates[index];
  }

  private void matchSyllable(char[] t, int i, int end) {
    char leading = isLeadingVowel(t[i]) ? t[i] : 0;
    int p = leading == 0 ? i : i + 1;
    if (p >= end || !isConsonant(t[p])) {
      return;
    }
    int onset = p + 1 < end && t[p + 1] == LaoScript.SEMIVOWEL_LO ? p + 2 : p + 1;
    nucleus(t, onset, end, leading);
    if (p + 1 < end && isCluster(t[p], t[p + 1])) {
      // Without a vowel sign after it, the second letter could start the next syllable; after a
      // leading vowel it is the other way round, since the vowel is already there.
      char after = at(t, p + 2, end);
      boolean clusterFits =
          leading == 0 ? startsVowel(after) : isToneMark(after) || !startsVowel(after);
      if (t[p] == LaoScript.HO_SUNG || clusterFits) {
        nucleus(t, p + 2, end, leading);
      }
    }
  }

  private static boolean isCluster(char first, char second) {
    if (first == LaoScript.HO_SUNG) {
      return HO_CLUSTER.indexOf(second) >= 0;
    }
    return CLUSTER_SECONDS.indexOf(second) >= 0 && first != second && isConsonant(first);
  }

  private static boolean startsVowel(char c) {
    return isMark(c) || LaoScript.isFollowingVowel(c);
  }

  /** Adds every syllable end reachable from the vowel part that starts at {@code q}. */
  private void nucleus(char[] t, int q, int end, char leading) {
    char c = at(t, q, end);
    int afterTone = tone(t, q, end);
    char d = at(t, afterTone, end);
    int markTone = tone(t, q + 1, end);
    char m = at(t, markTone, end);
    switch (leading) {
      case 0:
        if (d == '\u0EB0' || d == LaoScript.VOWEL_AM) { // ◌ະ ◌ຳ
          add(t, afterTone + 1, end);
        } else if (d == LaoScript.VOWEL_AA || d == '\u0EBD') { // ◌າ ◌ຽ
          openOrClosed(t, afterTone + 1, end);
        } else if (d == '\u0EAD' || d == '\u0EA7') { // ◌ອ◌ ◌ວ◌
          closed(t, afterTone + 1, end);
        }
        if (c == '\u0EB1') { // ◌ັ◌ ◌ັວ◌ ◌ັອ◌ ◌ັຽ
          closed(t, markTone, end);
          if (m == '\u0EA7' || m == '\u0EAD') {
            closed(t, markTone + 1, end);
          } else if (m == '\u0EBD') {
            openOrClosed(t, markTone + 1, end);
          }
        } else if (c >= '\u0EB4' && c <= '\u0EB9') { // ◌ິ ◌ີ ◌ຶ ◌ື ◌ຸ ◌ູ
          openOrClosed(t, markTone, end);
        } else if (c == '\u0EBB') { // ◌ົ◌ ◌ົວ ◌ົວະ
          closed(t, markTone, end);
          if (m == '\u0EA7') {
            add(t, markTone + 1, end);
            if (at(t, markTone + 1, end) == '\u0EB0') {
              add(t, markTone + 2, end);
            }
          }
        } else if (c == LaoScript.NIGGAHITA) { // ◌ໍ, and ◌ໍ່າ for am with a tone mark
          add(t, m == LaoScript.VOWEL_AA ? markTone + 1 : markTone, end);
        }
        break;
      case '\u0EC0':
        openOrClosed(t, afterTone, end); // ເ◌ ເ◌◌
        if (d == '\u0EB0') { // ເ◌ະ
          add(t, afterTone + 1, end);
        } else if (d == LaoScript.VOWEL_AA && at(t, afterTone + 1, end) == '\u0EB0') { // ເ◌າະ
          add(t, afterTone + 2, end);
        }
        if (c == '\u0EB1') { // ເ◌ັ◌
          closed(t, markTone, end);
        } else if (c == '\u0EB4' || c == '\u0EB5') { // ເ◌ິ ເ◌ີ
          openOrClosed(t, markTone, end);
        } else if ((c == '\u0EB6' || c == '\u0EB7') && m == '\u0EAD') { // ເ◌ຶອ ເ◌ືອ
          openOrClosed(t, markTone + 1, end);
        } else if (c == '\u0EBB' && m == LaoScript.VOWEL_AA) { // ເ◌ົາ
          add(t, markTone + 1, end);
        }
        break;
      case '\u0EC1':
      case '\u0EC2':
        openOrClosed(t, afterTone, end); // ແ◌ ໂ◌, open or closed
        if (d == '\u0EB0') { // ແ◌ະ ໂ◌ະ
          add(t, afterTone + 1, end);
        }
        if (c == '\u0EB1') { // ແ◌ັ◌
          closed(t, markTone, end);
        }
        break;
      default:
        add(t, afterTone, end); // ໃ◌ ໄ◌ take no final consonant
    }
  }

  private static char at(char[] t, int i, int end) {
    return i < end ? t[i] : 0;
  }

  private static int tone(char[] t, int i, int end) {
    return i < end && isToneMark(t[i]) ? i + 1 : i;
  }

  private void openOrClosed(char[] t, int i, int end) {
    add(t, i, end);
    closed(t, i, end);
  }

  private void closed(char[] t, int i, int end) {
    if (i < end && FINALS.indexOf(t[i]) >= 0) {
      add(t, i + 1, end);
    }
  }

  /** Records a syllable end, and the longer ends that take consonants silenced by ໌ with them. */
  private void add(char[] t, int e, int end) {
    if (e > end || candidateCount + 3 > MAX_CANDIDATES) {
      return;
    }
    candidates[candidateCount++] = e;
    for (int k = e; k < end && k < e + 2 && isConsonant(t[k]); k++) {
      if (k + 1 < end && t[k + 1] == '\u0ECC') {
        candidates[candidateCount++] = k + 2;
      }
    }
  }
}
