package la.gov.gweb.lao;

/**
 * Character classes of the Lao script (U+0E80..U+0EFF) as the normalizer and the syllable rules
 * need them.
 *
 * <p>Only UTF-16 code units are classified: the whole Lao block lies in the Basic Multilingual
 * Plane, so no Lao character is ever half of a surrogate pair.
 */
public final class LaoScript {

  /** ຫ, the silent high-class letter that forms clusters with sonorants. */
  public static final char HO_SUNG = '\u0EAB';

  /** ໜ, the ligature of ຫ and ນ. */
  public static final char HO_NO = '\u0EDC';

  /** ໝ, the ligature of ຫ and ມ. */
  public static final char HO_MO = '\u0EDD';

  /** ຼ, the subscript form of ລ. */
  public static final char SEMIVOWEL_LO = '\u0EBC';

  /** ໍ, the niggahita, which with a following າ spells the vowel am. */
  public static final char NIGGAHITA = '\u0ECD';

  /** າ, the vowel sign aa. */
  public static final char VOWEL_AA = '\u0EB2';

  /** ຳ, the vowel sign am, equivalent to ໍ followed by າ. */
  public static final char VOWEL_AM = '\u0EB3';

  private LaoScript() {}

  /** True for every code unit of the Lao block, assigned or not. */
  public static boolean isLao(char c) {
    return c >= '\u0E80' && c <= '\u0EFF';
  }

  /** True for the Lao consonant letters, including the Pali letters and ໜ ໝ ໞ ໟ. */
  public static boolean isConsonant(char c) {
    if (c >= '\u0E81' && c <= '\u0EAE') {
      return c != '\u0E83' && c != '\u0E85' && c != '\u0E8B' && c != '\u0EA4' && c != '\u0EA6';
    }
    return c >= '\u0EDC' && c <= '\u0EDF';
  }

  /** True for ເ ແ ໂ ໃ ໄ, which are written before the consonant they follow in speech. */
  public static boolean isLeadingVowel(char c) {
    return c >= '\u0EC0' && c <= '\u0EC4';
  }

  /** True for ະ າ ຳ ຽ, the spacing vowel signs written after the consonant. */
  public static boolean isFollowingVowel(char c) {
    return c == '\u0EB0' || c == VOWEL_AA || c == VOWEL_AM || c == '\u0EBD';
  }

  /** True for the combining marks: vowels above and below, ຼ, tone marks and the Pali signs. */
  public static boolean isMark(char c) {
    return c == '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EBC') || (c >= '\u0EC8' && c <= '\u0ECE');
  }

  /** True for the four tone marks ່ ້ ໊ ໋. */
  public static boolean isToneMark(char c) {
    return c >= '\u0EC8' && c <= '\u0ECB';
  }

  /** True for the Lao digits ໐ to ໙. */
  public static boolean isLaoDigit(char c) {
    return c >= '\u0ED0' && c <= '\u0ED9';
  }

  /** True for the characters that make up Lao syllables: consonants, vowels and marks. */
  public static boolean isSyllableChar(char c) {
    return isConsonant(c) || isMark(c) || isFollowingVowel(c) || isLeadingVowel(c);
  }
}
