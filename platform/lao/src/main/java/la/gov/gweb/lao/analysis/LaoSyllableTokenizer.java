package la.gov.gweb.lao.analysis;

import static la.gov.gweb.lao.LaoScript.isLao;
import static la.gov.gweb.lao.LaoScript.isLaoDigit;
import static la.gov.gweb.lao.LaoScript.isLeadingVowel;
import static la.gov.gweb.lao.LaoScript.isMark;
import static la.gov.gweb.lao.LaoScript.isSyllableChar;

import java.io.IOException;
import la.gov.gweb.lao.LaoSyllables;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Lao text into syllables with {@link LaoSyllables}, and other text into runs of letters and
 * digits, one token each, at consecutive positions.
 *
 * <p>A syllable almost never straddles a word boundary, so a phrase query over syllables finds a
 * word inside a dictionary compound (ວຽງຈັນ in ນະຄອນຫຼວງວຽງຈັນ) and names that the dictionary does
 * not know, however the word tokenizer segmented them. ໆ, ຯ, punctuation and spaces separate tokens
 * and are not indexed; Lao marks with no letter before them are dropped. Runs longer than {@value
 * #MAX_TOKEN_LENGTH} characters outside Lao are split, as {@code CharTokenizer} does.
 */
public final class LaoSyllableTokenizer extends Tokenizer {

  /** Token type of a Lao syllable. */
  public static final String SYLLABLE_TYPE = "<LAO_SYLLABLE>";

  /** Token type of a run of letters, or letters and digits, outside the Lao script. */
  public static final String ALPHANUM_TYPE = "<ALPHANUM>";

  /** Token type of a run of digits. */
  public static final String NUM_TYPE = "<NUM>";

  /** The longest token made from text outside the Lao script. */
  public static final int MAX_TOKEN_LENGTH = 255;

  /** A Lao run is split before a leading vowel once this long, and anywhere at twice this. */
  private static final int MAX_RUN = 1024;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final LaoSyllables syllables = new LaoSyllables();

  private final char[] buffer = new char[4096];
  private int bufferLength;
  private int bufferPosition;
  private int bufferOffset;
  private boolean inputDone;

  private char[] run = new char[64];
  private int[] ends = new int[64];
  private int runLength;
  private int runOffset;
  private int syllableCount;
  private int syllableIndex;

  /** Creates a tokenizer with the default attribute factory. */
  public LaoSyllableTokenizer() {}

  /** Creates a tokenizer whose attributes come from {@code factory}. */
  public LaoSyllableTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (syllableIndex < syllableCount) {
      emitSyllable();
      return true;
    }
    int c;
    while ((c = peek()) >= 0 && !startsLaoRun(c) && !isOtherTokenChar(c)) {
      bufferPosition += Character.charCount(c);
    }
    if (c < 0) {
      return false;
    }
    if (startsLaoRun(c)) {
      readLaoRun();
      emitSyllable();
    } else {
      readOtherRun();
    }
    return true;
  }

  private void readLaoRun() throws IOException {
    runOffset = offset();
    runLength = 0;
    int c;
    while ((c = peek()) >= 0 && c <= Character.MAX_VALUE && isSyllableChar((char) c)) {
      if ((runLength >= MAX_RUN && isLeadingVowel((char) c))
          || (runLength >= 2 * MAX_RUN && !isMark((char) c))) {
        break;
      }
      if (runLength == run.length) {
        run = ArrayUtil.grow(run, runLength + 1);
      }
      run[runLength++] = (char) c;
      bufferPosition++;
    }
    if (ends.length < runLength) {
      ends = new int[ArrayUtil.oversize(runLength, Integer.BYTES)];
    }
    syllableCount = syllables.split(run, 0, runLength, ends);
    syllableIndex = 0;
  }

  private void emitSyllable() {
    int start = syllableIndex == 0 ? 0 : ends[syllableIndex - 1];
    int end = ends[syllableIndex++];
    termAtt.copyBuffer(run, start, end - start);
    offsetAtt.setOffset(correctOffset(runOffset + start), correctOffset(runOffset + end));
    typeAtt.setType(SYLLABLE_TYPE);
  }

  private void readOtherRun() throws IOException {
    int start = offset();
    boolean letters = false;
    int c;
    while ((c = peek()) >= 0 && isOtherTokenChar(c)) {
      int count = Character.charCount(c);
      if (termAtt.length() + count > MAX_TOKEN_LENGTH) {
        break;
      }
      letters |= !Character.isDigit(c);
      termAtt.append(buffer[bufferPosition]);
      if (count == 2) {
        termAtt.append(buffer[bufferPosition + 1]);
      }
      bufferPosition += count;
    }
    offsetAtt.setOffset(correctOffset(start), correctOffset(offset()));
    typeAtt.setType(letters ? ALPHANUM_TYPE : NUM_TYPE);
  }

  private static boolean startsLaoRun(int c) {
    return c <= Character.MAX_VALUE && isSyllableChar((char) c) && !isMark((char) c);
  }

  private static boolean isOtherTokenChar(int c) {
    if (c <= Character.MAX_VALUE && isLao((char) c)) {
      return isLaoDigit((char) c);
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private int offset() {
    return bufferOffset + bufferPosition;
  }

  /** Returns the code point at the current position without consuming it, or -1 at the end. */
  private int peek() throws IOException {
    if (bufferPosition + 1 >= bufferLength && !inputDone) {
      int kept = bufferLength - bufferPosition;
      System.arraycopy(buffer, bufferPosition, buffer, 0, kept);
      bufferOffset += bufferPosition;
      bufferPosition = 0;
      bufferLength = kept;
      while (bufferLength < buffer.length && !inputDone) {
        int read = input.read(buffer, bufferLength, buffer.length - bufferLength);
        if (read < 0) {
          inputDone = true;
        } else {
          bufferLength += read;
        }
      }
    }
    return bufferPosition < bufferLength
        ? Character.codePointAt(buffer, bufferPosition, bufferLength)
        : -1;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(offset());
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufferLength = 0;
    bufferPosition = 0;
    bufferOffset = 0;
    inputDone = false;
    runLength = 0;
    syllableCount = 0;
    syllableIndex = 0;
  }
}
