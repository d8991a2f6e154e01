package la.gov.gweb.lao.normalize;

import static la.gov.gweb.lao.LaoScript.HO_MO;
import static la.gov.gweb.lao.LaoScript.HO_NO;
import static la.gov.gweb.lao.LaoScript.HO_SUNG;
import static la.gov.gweb.lao.LaoScript.NIGGAHITA;
import static la.gov.gweb.lao.LaoScript.SEMIVOWEL_LO;
import static la.gov.gweb.lao.LaoScript.VOWEL_AA;
import static la.gov.gweb.lao.LaoScript.VOWEL_AM;
import static la.gov.gweb.lao.LaoScript.isConsonant;
import static la.gov.gweb.lao.LaoScript.isMark;

/**
 * Rewrites each Lao cluster (a base letter and the marks stacked on it) in the spelling that {@link
 * LaoNormalizer} documents.
 *
 * <p>The marks are kept as a set, so a mark typed twice counts once, and are written back in a
 * fixed order. That order is the dictionary's, undoes the orders seen in PDF text (ຫັຼກ, ເຂ້ົາ) and
 * keeps the text NFC, since the marks with a non-zero combining class come out in rising class. An
 * am typed as ຳ or as ໍ and າ, with the tone mark anywhere among them, is one vowel.
 */
final class LaoClusters {

  /**
   * The marks in the order they are written back; ຺ precedes ຸ ູ as their combining classes ask.
   */
  private static final String MARK_ORDER =
      "\u0EBC\u0EB1\u0EB4\u0EB5\u0EB6\u0EB7\u0EBA\u0EB8\u0EB9\u0EBB\u0ECD"
          + "\u0EC8\u0EC9\u0ECA\u0ECB\u0ECC\u0ECE";

  private static final int TONE_BITS =
      bit('\u0EC8') | bit('\u0EC9') | bit('\u0ECA') | bit('\u0ECB');

  private LaoClusters() {}

  private static int bit(char mark) {
    return 1 << (mark - 0x0EB0);
  }

  static void canonicalize(MappedText in, MappedText out) {
    int n = in.length();
    int i = 0;
    while (i < n) {
      int start = i;
      char base = in.charAt(i++);
      int marks = 0;
      if (isMark(base)) {
        marks = bit(base);
        base = 0;
      } else if (base == HO_SUNG && i < n) {
        char next = in.charAt(i);
        if (next == '\u0E99' || next == '\u0EA1') {
          base = next == '\u0E99' ? HO_NO : HO_MO;
          i++;
        } else if (next == '\u0EA5') {
          marks = bit(SEMIVOWEL_LO);
          i++;
        }
      }
      boolean am = false;
      boolean takesAm = isConsonant(base);
      for (; i < n; i++) {
        char c = in.charAt(i);
        if (isMark(c)) {
          marks |= bit(c);
        } else if (takesAm && c == VOWEL_AM) {
          am = true; // a second ຳ, typed by mistake, merges into the first
        } else if (takesAm && !am && c == VOWEL_AA && (marks & bit(NIGGAHITA)) != 0) {
          am = true;
        } else {
          break;
        }
      }
      boolean toned = (marks & TONE_BITS) != 0;
      if (am) {
        marks = toned ? marks | bit(NIGGAHITA) : marks & ~bit(NIGGAHITA);
      }
      int written = 0;
      if (base != 0) {
        out.append(base, source(in, start, i, written++));
      }
      for (int k = 0, unwritten = marks; unwritten != 0; k++) {
        char mark = MARK_ORDER.charAt(k);
        if ((unwritten & bit(mark)) != 0) {
          out.append(mark, source(in, start, i, written++));
          unwritten &= ~bit(mark);
        }
      }
      if (am) {
        out.append(toned ? VOWEL_AA : VOWEL_AM, source(in, start, i, written));
      }
    }
  }

  /**
   * Maps the k-th character written for a cluster to the k-th character read for it, or to the last
   * one read when the cluster grew; offsets inside a cluster are approximate, its bounds exact.
   */
  private static int source(MappedText in, int start, int end, int written) {
    return in.sourceAt(Math.min(start + written, end - 1));
  }
}
