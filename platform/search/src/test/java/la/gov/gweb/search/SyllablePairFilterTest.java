package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import la.gov.gweb.lao.analysis.LaoSyllableAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link SyllablePairFilter} stands in for {@code ShingleFilter(input, 2, 2)} on the syllable
 * fields, so the two must emit the same tokens, token for token.
 */
class SyllablePairFilterTest {

  private static final String[] PIECES = {
    "ນະຄອນຫຼວງວຽງຈັນ", "ກະຊວງ", "ສຶກສາ", "ທິການ", "ໄຟຟ້າ", "ນ້ຳ", "ໜ້າ", "ສປປ", "ລາວ", "ໆ", "ຯ", "2025",
    "໒໐໒໕", "Vientiane", "e-Government", ",", ".", "(", "ເຂົ້າ", "ແກັສ", "ຫຼັກ", "ຫລັກ", "\u200B", "ປີ2025"
  };

  @Test
  void sameTokensAsShingleFilter() throws IOException {
    Analyzer pairs = SearchAnalyzer.INSTANCE;
    try (Analyzer shingles = new Shingles()) {
      Random random = new Random(7);
      List<String> texts = new ArrayList<>(List.of("", " ", "ລາວ", "ລາວ ", "ໆ", "a", "ວຽງ ຈັນ"));
      for (int i = 0; i < 500; i++) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(12);
        for (int k = 0; k < count; k++) {
          text.append(PIECES[random.nextInt(PIECES.length)]);
          if (random.nextBoolean()) {
            text.append(' ');
          }
        }
        texts.add(text.toString());
      }
      for (String text : texts) {
        assertEquals(
            tokens(shingles, text), tokens(pairs, IndexFields.BODY_LO_SYL, text), text);
      }
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return tokens(analyzer, "f", text);
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + increment.getPositionIncrement()
                + " /"
                + length.getPositionLength()
                + " "
                + type.type());
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    }
    return tokens;
  }

  /** The syllable analyzer followed by Lucene's own shingles, as the syllable fields had. */
  private static final class Shingles extends AnalyzerWrapper {
    private final Analyzer syllables = new LaoSyllableAnalyzer();

    Shingles() {
      super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return syllables;
    }

    @Override
    protected TokenStreamComponents wrapComponents(
        String fieldName, TokenStreamComponents components) {
      return new TokenStreamComponents(
          components.getSource(), new ShingleFilter(components.getTokenStream(), 2, 2));
    }
  }
}
