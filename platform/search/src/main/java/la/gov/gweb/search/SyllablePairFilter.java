package la.gov.gweb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Emits each token, then the pair of it and the next token at the same position: the output of
 * {@code new ShingleFilter(input, 2, 2)} for a stream without position gaps, which the syllable
 * tokenizer never makes. Pairs are made for every syllable of every indexed text, and {@link
 * ShingleFilter}, built for any shingle size, gaps and fillers, copies whole attribute states for
 * each; this keeps the two tokens it needs in plain fields.
 */
final class SyllablePairFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final HeldToken previous = new HeldToken();
  private final HeldToken ahead = new HeldToken();
  private boolean hasPrevious;
  private boolean hasAhead;

  SyllablePairFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (hasAhead) {
      hasAhead = false;
      ahead.restore();
      previous.hold();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!hasPrevious) {
      hasPrevious = true;
      previous.hold();
      return true;
    }
    ahead.hold();
    hasAhead = true;
    String separator = SearchAnalyzer.PAIR_SEPARATOR;
    int pairLength = previous.termLength + separator.length() + ahead.termLength;
    char[] pair = term.resizeBuffer(pairLength);
    System.arraycopy(previous.term, 0, pair, 0, previous.termLength);
    separator.getChars(0, separator.length(), pair, previous.termLength);
    System.arraycopy(
        ahead.term, 0, pair, previous.termLength + separator.length(), ahead.termLength);
    term.setLength(pairLength);
    offset.setOffset(previous.startOffset, ahead.endOffset);
    increment.setPositionIncrement(0);
    length.setPositionLength(2);
    type.setType(ShingleFilter.DEFAULT_TOKEN_TYPE);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    hasPrevious = false;
    hasAhead = false;
  }

  /** The attributes of one token that a pair changes, kept without cloning attribute states. */
  private final class HeldToken {
    char[] term = new char[16];
    int termLength;
    int startOffset;
    int endOffset;
    int positionIncrement;
    int positionLength;
    String type;

    void hold() {
      termLength = SyllablePairFilter.this.term.length();
      term = ArrayUtil.grow(term, termLength);
      System.arraycopy(SyllablePairFilter.this.term.buffer(), 0, term, 0, termLength);
      startOffset = offset.startOffset();
      endOffset = offset.endOffset();
      positionIncrement = increment.getPositionIncrement();
      positionLength = length.getPositionLength();
      type = SyllablePairFilter.this.type.type();
    }

    void restore() {
      SyllablePairFilter.this.term.copyBuffer(term, 0, termLength);
      offset.setOffset(startOffset, endOffset);
      increment.setPositionIncrement(positionIncrement);
      length.setPositionLength(positionLength);
      SyllablePairFilter.this.type.setType(type);
    }
  }
}
