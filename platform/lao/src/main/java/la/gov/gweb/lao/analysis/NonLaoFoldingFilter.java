package la.gov.gweb.lao.analysis;

import com.ibm.icu.text.Normalizer;
import java.io.IOException;
import la.gov.gweb.lao.LaoScript;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What {@code new ICUNormalizer2Filter(input, LaoAnalyzer.NON_LAO_FOLDING)} does, but tokens that
 * the folding cannot change pass without asking ICU: tokens made only of Lao code units (which the
 * folding leaves alone), ASCII lower-case letters and digits. Nearly every token of Lao text is
 * one, and ICU's filtered normalizer checks each character against its set.
 *
 * @see ICUNormalizer2Filter
 */
final class NonLaoFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder folded = new StringBuilder();

  NonLaoFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!isFolded(term.buffer(), term.length())
        && LaoAnalyzer.NON_LAO_FOLDING.quickCheck(term) != Normalizer.YES) {
      folded.setLength(0);
      LaoAnalyzer.NON_LAO_FOLDING.normalize(term, folded);
      term.setEmpty().append(folded);
    }
    return true;
  }

  private static boolean isFolded(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (!LaoScript.isLao(c) && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
