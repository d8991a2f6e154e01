package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** The fields made from an item: which are stored, and what each view indexes. */
class IndexFieldsTest {

  private static final SearchDocument ITEM =
      Item.of("mtc", 3)
          .lo(
              "ແຈ້ງການ ກ່ຽວກັບ ບັດປະຈຳຕົວ ດິຈິຕອນ",
              "ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ສໍາ ລັບ ປີ໒໐໒໕ ຫນ້າທີ່")
          .en("Notice on the digital ID", "The ministry's pilot of digital identity cards in 2025.")
          .summaries("ສະຫຼຸບ ຫລວງ\u200Bພະບາງ", "A short summary\u00AD.")
          .attachment("decree-245-2025.pdf", "ດຳລັດ ເລກທີ 245 Decree on e-Government ປີ໒໐໒໕")
          .build();

  @Test
  void eachTextIsStoredOnceInItsFirstView() {
    Document doc = IndexFields.toDocument(ITEM);
    Set<String> storedText = new TreeSet<>();
    for (IndexableField field : doc) {
      if (field instanceof TextViewField && field.fieldType().stored()) {
        storedText.add(field.name());
      }
    }
    assertEquals(
        Set.of(
            IndexFields.TITLE_LO,
            IndexFields.TITLE_EN,
            IndexFields.BODY_LO,
            IndexFields.BODY_EN,
            IndexFields.FILES_LO),
        storedText);
    assertEquals(ITEM.bodyLo(), doc.getValues(IndexFields.BODY_LO)[1]);
  }

  @Test
  void everyViewIndexesWhatTheAnalyzerMakesOfTheText() throws IOException {
    Document doc = IndexFields.toDocument(ITEM);
    int views = 0;
    for (IndexableField field : doc) {
      if (!(field instanceof TextViewField)) {
        continue;
      }
      String text = originalText(field);
      List<String> expected = tokens(SearchAnalyzer.INSTANCE.tokenStream(field.name(), text));
      List<String> indexed = tokens(field.tokenStream(SearchAnalyzer.INSTANCE, null));
      assertFalse(indexed.isEmpty(), field.name());
      assertEquals(expected, indexed, field.name());
      views++;
    }
    assertEquals(12, views);
  }

  @Test
  void theEnglishViewOfAnAttachmentHasNoLaoLetters() throws IOException {
    Document doc = IndexFields.toDocument(ITEM);
    IndexableField english = doc.getField(IndexFields.FILES_EN);
    List<String> terms = tokens(english.tokenStream(SearchAnalyzer.INSTANCE, null));
    assertTrue(terms.stream().anyMatch(token -> token.startsWith("decre ")), terms.toString());
    assertTrue(terms.stream().anyMatch(token -> token.startsWith("2025 ")), terms.toString());
    assertTrue(terms.stream().noneMatch(token -> token.contains("ດຳລັດ")), terms.toString());
  }

  @Test
  void aMissingTextIsAnEmptyUnstoredViewWithoutTokens() throws IOException {
    Document doc = IndexFields.toDocument(Item.of("mtc", 4).lo("ແຈ້ງການ", "ກະຊວງ").build());
    for (String view :
        List.of(IndexFields.FILES_LO, IndexFields.FILES_LO_SYL, IndexFields.FILES_EN)) {
      IndexableField field = doc.getField(view);
      assertFalse(field.fieldType().stored(), view);
      assertEquals(
          List.of("end 0"), tokens(field.tokenStream(SearchAnalyzer.INSTANCE, null)), view);
    }
    assertEquals(0, doc.getValues(IndexFields.FILE_NAME).length);
  }

  /** The string a view was made from: stored in the field, or given again for the others. */
  private static String originalText(IndexableField field) {
    String value = field.stringValue();
    if (field.name().equals(IndexFields.FILES_EN)) {
      return IndexFields.withoutLaoLetters(IndexFields.clean(ITEM.attachments().get(0).text()));
    }
    return value;
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + increment.getPositionIncrement());
      }
      stream.end();
      tokens.add("end " + offset.endOffset());
    }
    return tokens;
  }
}
