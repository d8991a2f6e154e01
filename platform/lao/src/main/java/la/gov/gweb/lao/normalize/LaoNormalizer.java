package la.gov.gweb.lao.normalize;

import static la.gov.gweb.lao.LaoScript.isConsonant;
import static la.gov.gweb.lao.LaoScript.isLaoDigit;
import static la.gov.gweb.lao.LaoScript.isLeadingVowel;
import static la.gov.gweb.lao.LaoScript.isSyllableChar;

import java.io.Reader;

/**
 * Brings the spelling variants of Lao text to one form, so that a dictionary tokenizer sees the
 * same letters whichever way a word was typed, converted or extracted from a PDF.
 *
 * <p>In order, it:
 *
 * <ol>
 *   <li>deletes U+200B, U+200C, U+200D, U+2060, U+00AD and U+FEFF, invisible characters that would
 *       otherwise break words apart;
 *   <li>maps the Lao digits ໐..໙ to 0..9;
 *   <li>rewrites every cluster (a letter and the marks stacked on it) in one spelling, described
 *       below;
 *   <li>puts a space between a Lao letter and a digit next to it (ປີ2025 becomes ປີ 2025), which a
 *       Unicode word breaker would otherwise keep together;
 *   <li>optionally removes a single space typed inside a word, when the syllables around it spell a
 *       word of the ICU Lao dictionary (ສຳ ລັບ becomes ສຳລັບ).
 * </ol>
 *
 * <p>The spellings are those the ICU Lao dictionary uses most, so that its lookups succeed: ໜ ໝ
 * rather than ຫນ ຫມ (785 and 733 words against 24 and 37), ຫຼ rather than ຫລ (789 against 229); the
 * marks on a letter in the order ຼ, vowel, tone mark, ໌, each mark once (PDF text gives ຫັຼກ for
 * ຫຼັກ, and NFC leaves such class-0 marks alone); the vowel am as ຳ in a syllable without a tone
 * mark (941 words against about 100), but as ໍ, tone mark, າ in one with a tone mark (422 words,
 * such as ນໍ້າມັນ, against 21 with ້ຳ).
 *
 * <p>Text in other scripts passes through unchanged, apart from the invisible characters. An
 * instance is immutable and thread-safe. {@link LaoNormalizingCharFilter} applies the same steps to
 * a stream and keeps offsets into the original text; {@link NormalizedText} applies them once to a
 * text that several analyzers read.
 */
public final class LaoNormalizer {

  private final boolean joinSpacedWords;

  /** Creates a normalizer that applies every step except the joining of words split by a space. */
  public LaoNormalizer() {
    this(false);
  }

  /**
   * Creates a normalizer.
   *
   * @param joinSpacedWords whether to remove single spaces that fall inside a dictionary word; it
   *     helps search, but changes the text, so leave it off for text that people will read
   */
  public LaoNormalizer(boolean joinSpacedWords) {
    this.joinSpacedWords = joinSpacedWords;
  }

  /** Tells whether this normalizer removes single spaces that fall inside a dictionary word. */
  public boolean joinsSpacedWords() {
    return joinSpacedWords;
  }

  /** Returns the normalized form of {@code text}; whole documents are fine. */
  public String normalize(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    Workspace workspace = newWorkspace(chars.length);
    normalize(chars, 0, chars.length, workspace);
    return workspace.result().toString();
  }

  /**
   * Returns a reader of the normalized form of {@code reader}'s text, with offsets into the
   * original: a {@link LaoNormalizingCharFilter}, or, for the {@link NormalizedText#reader()} of a
   * text normalized beforehand, that text's normalized form.
   */
  public Reader filter(Reader reader) {
    if (reader instanceof NormalizedText.Source source) {
      return source.normalizedBy(this);
    }
    return new LaoNormalizingCharFilter(reader, this);
  }

  Workspace newWorkspace(int capacity) {
    return new Workspace(capacity, joinSpacedWords ? new SpacedWordJoiner() : null);
  }

  /**
   * Normalizes {@code text[offset, offset + count)} into {@code workspace.result()}, each character
   * mapped to the offset, relative to {@code offset}, of the character it came from.
   */
  void normalize(char[] text, int offset, int count, Workspace workspace) {
    MappedText cleaned = workspace.cleaned;
    cleaned.clear();
    for (int i = 0; i < count; i++) {
      char c = text[offset + i];
      if (!isInvisible(c)) {
        cleaned.append(isLaoDigit(c) ? (char) ('0' + c - '\u0ED0') : c, i);
      }
    }
    workspace.clustered.clear();
    LaoClusters.canonicalize(cleaned, workspace.clustered);
    separateDigits(workspace.clustered, workspace.spaced);
    if (workspace.joiner != null) {
      joinSpacedWords(workspace.spaced, workspace.joined, workspace.joiner);
    }
  }

  /** Puts a space between a Lao letter and a digit next to it. */
  private static void separateDigits(MappedText in, MappedText out) {
    out.clear();
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      char previous = out.last();
      if ((isDigit(c) && isSyllableChar(previous)) || (isSyllableChar(c) && isDigit(previous))) {
        out.append(' ', in.sourceAt(i));
      }
      out.append(c, in.sourceAt(i));
    }
  }

  /**
   * Removes the spaces that {@code joiner} finds inside words. A space that {@link
   * #separateDigits} put in has a digit on one side, so it is never removed.
   */
  static void joinSpacedWords(MappedText in, MappedText out, SpacedWordJoiner joiner) {
    out.clear();
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == ' '
          && isSyllableChar(out.last())
          && i + 1 < in.length()
          && startsSyllable(in.charAt(i + 1))
          && joiner.joins(out, in, i + 1)) {
        continue;
      }
      out.append(c, in.sourceAt(i));
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Only a space before a consonant or leading vowel is joined, so no cluster changes shape. */
  private static boolean startsSyllable(char c) {
    return isConsonant(c) || isLeadingVowel(c);
  }

  static boolean isInvisible(char c) {
    switch (c) {
      case '\u200B':
      case '\u200C':
      case '\u200D':
      case '\u2060':
      case '\u00AD':
      case '\uFEFF':
        return true;
      default:
        return false;
    }
  }

  /** Scratch buffers for one caller at a time. */
  static final class Workspace {
    final MappedText cleaned;
    final MappedText clustered;
    final MappedText spaced;
    final MappedText joined;
    final SpacedWordJoiner joiner;

    private Workspace(int capacity, SpacedWordJoiner joiner) {
      this.cleaned = new MappedText(capacity);
      this.clustered = new MappedText(capacity);
      this.spaced = new MappedText(capacity);
      this.joined = joiner == null ? null : new MappedText(capacity);
      this.joiner = joiner;
    }

    /** The text that the last {@link LaoNormalizer#normalize(char[], int, int, Workspace)} made. */
    MappedText result() {
      return joiner == null ? spaced : joined;
    }
  }
}
