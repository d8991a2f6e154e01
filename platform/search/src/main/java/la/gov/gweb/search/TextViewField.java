package la.gov.gweb.search;

import la.gov.gweb.lao.normalize.NormalizedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * One view of a text, such as its Lao words or its Lao syllables, analyzed from the text's {@link
 * NormalizedText}: the views of a text share one normalization instead of each running its own
 * char filter. The stored value, if any, is the original text.
 */
final class TextViewField extends Field {

  private final NormalizedText text;

  TextViewField(String name, NormalizedText text, FieldType type) {
    super(name, text.text(), type);
    this.text = text;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    return analyzer.tokenStream(name(), text.reader());
  }
}
