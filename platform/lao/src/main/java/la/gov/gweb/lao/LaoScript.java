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

  private static final byte CONSONANT = 1;
  private static final byte LEADING_VOWEL = 2;
  private static final byte FOLLOWING_VOWEL = 4;
  private static final byte MARK = 8;
  private static final byte TONE_MARK = 16;
  private static final byte SYLLABLE_CHAR = CONSONANT | LEADING_VOWEL | FOLLOWING_VOWEL | MARK;

  /**
   * The classes of each code unit of the Lao block, as bits. The normalizer and the syllable
   * splitter ask for every character several times, so one array read beats the range tests.
   */
  private static final byte[] CLASSES = classes();

  private LaoScript() {}

  private static byte[] classes() {
    byte[] classes = new byte[0x80];
    for (char c = '\u0E81'; c <= '\u0EAE'; c++) {
      if (c != '\u0E83' && c != '\u0E85' && c != '\u0E8B' && c != '\u0EA4' && c != '\u0EA6') {
        classes[c - 0x0E80] |= CONSONANT;
      }
    }
    for (char c = '\u0EDC'; c <= '\u0EDF'; c++) {
      classes[c - 0x0E80] |= CONSONANT;
    }
    for (char c = '\u0EC0'; c <= '\u0EC4'; c++) {
      classes[c - 0x0E80] |= LEADING_VOWEL;
    }
    for (char c : new char[] {'\u0EB0', VOWEL_AA, VOWEL_AM, '\u0EBD'}) {
      classes[c - 0x0E80] |= FOLLOWING_VOWEL;
    }
    classes['\u0EB1' - 0x0E80] |= MARK;
    for (char c = '\u0EB4'; c <= '\u0EBC'; c++) {
      classes[c - 0x0E80] |= MARK;
    }
    for (char c = '\u0EC8'; c <= '\u0ECE'; c++) {
      classes[c - 0x0E80] |= MARK;
    }
    for (char c = '\u0EC8'; c <= '\u0ECB'; c++) {
      classes[c - 0x0E80] |= TONE_MARK;
    }
    return classes;
  }

  private static boolean is(char c, byte bits) {
    return isLao(c) && (CLASSES[c - 0x0E80] & bits) != 0;
  }

  /** True for every code unit of the Lao block, assigned or not. */
  public static boolean isLao(char c) {
    return c >= '\u0E80' && c <= '\u0EFF';
  }

  /** True for the Lao consonant letters, including the Pali letters and ໜ ໝ ໞ ໟ. */
  public static boolean isConsonant(char c) {
    return is(c, CONSONANT);
  }

  /** True for ເ ແ ໂ ໃ ໄ, which are written before the consonant they follow in speech. */
  public static boolean isLeadingVowel(char c) {
    return is(c, LEADING_VOWEL);
  }

  /** True for ະ າ ຳ ຽ, the spacing vowel signs written after the consonant. */
  public static boolean isFollowingVowel(char c) {
    return is(c, FOLLOWING_VOWEL);
  }

  /** True for the combining marks: vowels above and below, ຼ, tone marks and the Pali signs. */
  public static boolean isMark(char c) {
    return is(c, MARK);
  }

  /** True for the four tone marks ່ ້ ໊ ໋. */
  public static boolean isToneMark(char c) {
    return is(c, TONE_MARK);
  }

  /** True for the Lao digits ໐ to ໙. */
  public static boolean isLaoDigit(char c) {
    return c >= '\u0ED0' && c <= '\u0ED9';
  }

  /** True for the characters that make up Lao syllables: consonants, vowels and marks. */
  public static boolean isSyllableChar(char c) {
    return is(c, SYLLABLE_CHAR);
  }
}
