package la.gov.gweb.search;

import java.util.List;
import la.gov.gweb.lao.LaoScript;
import la.gov.gweb.lao.normalize.NormalizedText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The field layout of an index, and the making of a Lucene document from a {@link SearchDocument}.
 *
 * <p>Each text is indexed in several views of the same characters: Lao words ({@code _lo}), Lao
 * syllables ({@code _lo_syl}, for phrase queries that reach inside compounds) and, for attachments
 * whose language is unknown, English ({@code _en}, of the text without its Lao letters). The text
 * is normalized once for all its views ({@link TextViewField}) and stored once, in the first view,
 * and every view keeps offsets in its postings, so the highlighter marks matches from all views in
 * the stored text without analyzing it again. Every document has every text view, empty where the
 * item lacks the text, which keeps the views' norms dense ({@link #addMissingViews}).
 *
 * <p>Keyword fields ({@code id}, {@code site}, {@code type}, {@code kind}) filter and identify;
 * {@code year} and {@code date} are numeric, with doc values for sorting by date.
 */
final class IndexFields {

  static final String SYLLABLE_SUFFIX = "_syl";
  static final String ENGLISH_SUFFIX = "_en";

  /** The item id as a keyword: the stable term that updates and deletes go by. */
  static final String ID = "id";

  static final String SITE = "site";
  static final String TYPE = "type";
  static final String LEGAL_KIND = "kind";
  static final String YEAR = "year";
  static final String DATE = "date";
  static final String URL = "url";

  static final String TITLE_LO = "title_lo";
  static final String TITLE_LO_SYL = TITLE_LO + SYLLABLE_SUFFIX;
  static final String TITLE_EN = "title" + ENGLISH_SUFFIX;

  /** Summary, then body: two values, so a snippet never runs from one into the other. */
  static final String BODY_LO = "body_lo";

  static final String BODY_LO_SYL = BODY_LO + SYLLABLE_SUFFIX;
  static final String BODY_EN = "body" + ENGLISH_SUFFIX;

  /** One value per attachment with text, in the same order as {@link #FILE_NAME}. */
  static final String FILES_LO = "files_lo";

  static final String FILES_LO_SYL = FILES_LO + SYLLABLE_SUFFIX;
  static final String FILES_EN = "files" + ENGLISH_SUFFIX;
  static final String FILE_NAME = "file_name";

  private static final FieldType STORED_TEXT = textType(true);
  private static final FieldType TEXT = textType(false);

  private static final List<String> TEXT_VIEWS =
      List.of(
          TITLE_LO, TITLE_LO_SYL, TITLE_EN, BODY_LO, BODY_LO_SYL, BODY_EN, FILES_LO, FILES_LO_SYL,
          FILES_EN);

  private IndexFields() {}

  static Term idTerm(long id) {
    return new Term(ID, Long.toString(id));
  }

  static Document toDocument(SearchDocument item) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(item.id()), Field.Store.YES));
    doc.add(new StringField(SITE, item.site(), Field.Store.YES));
    doc.add(new StringField(TYPE, item.type(), Field.Store.YES));
    if (item.legalKind() != null) {
      doc.add(new StringField(LEGAL_KIND, item.legalKind(), Field.Store.YES));
    }
    doc.add(new IntField(YEAR, item.year(), Field.Store.YES));
    doc.add(new LongField(DATE, item.date().toEpochMilli(), Field.Store.YES));
    doc.add(new StoredField(URL, item.url()));
    addText(doc, clean(item.titleLo()), TITLE_LO, TITLE_LO_SYL);
    addText(doc, clean(item.titleEn()), TITLE_EN);
    addText(doc, clean(item.summaryLo()), BODY_LO, BODY_LO_SYL);
    addText(doc, clean(item.bodyLo()), BODY_LO, BODY_LO_SYL);
    addText(doc, clean(item.summaryEn()), BODY_EN);
    addText(doc, clean(item.bodyEn()), BODY_EN);
    for (SearchDocument.Attachment attachment : item.attachments()) {
      String text = clean(attachment.text());
      if (!text.isEmpty()) {
        addText(doc, text, FILES_LO, FILES_LO_SYL);
        doc.add(new TextViewField(FILES_EN, new NormalizedText(withoutLaoLetters(text)), TEXT));
        doc.add(new StoredField(FILE_NAME, attachment.name()));
      }
    }
    addMissingViews(doc);
    return doc;
  }

  /**
   * Adds an empty, unstored value of each text view the document lacks. It has no terms, so
   * postings, statistics and scores stay as they are, but it gives the document a norm (of zero)
   * in that view. Flushing a segment reads the norm of every posting, and when only some documents
   * have a norm (the files views, in the few items with attachments) each term's postings scan the
   * sparse list of documents from its start; dense norms are read by document number.
   */
  private static void addMissingViews(Document doc) {
    for (String view : TEXT_VIEWS) {
      if (doc.getField(view) == null) {
        doc.add(new TextViewField(view, new NormalizedText(""), TEXT));
      }
    }
  }

  /**
   * Adds {@code text} to each view, stored in the first one only; the views share one
   * normalization of the text.
   */
  private static void addText(Document doc, String text, String... views) {
    if (text.isEmpty()) {
      return;
    }
    NormalizedText normalized = new NormalizedText(text);
    for (int i = 0; i < views.length; i++) {
      doc.add(new TextViewField(views[i], normalized, i == 0 ? STORED_TEXT : TEXT));
    }
  }

  /**
   * The English view of an attachment, whose language is unknown: the Lao letters become spaces.
   * Queries look for Latin words and numbers only in the English fields, so the Lao runs that the
   * English analyzer would make into terms could never match, and they were the bulk of its work
   * on Lao files. One space per letter keeps every offset, which the highlighter relies on; Lao
   * digits stay, for numbers.
   */
  static String withoutLaoLetters(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (LaoScript.isLao(c) && !LaoScript.isLaoDigit(c)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Whitespace runs become one space, and none is left at either end: snippets break at spaces,
   * and PDF line breaks inside Lao words become single spaces, which the Lao analyzer can join
   * again. NUL separates the values of a field in the highlighter, so it and the other control
   * characters go too. A loop, because this runs on every text of every item.
   */
  static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpaceOrControl(c)) {
        space = cleaned.length() > 0;
      } else {
        if (space) {
          cleaned.append(' ');
          space = false;
        }
        cleaned.append(c);
      }
    }
    return cleaned.toString();
  }

  private static boolean isSpaceOrControl(char c) {
    if (c <= ' ' || c == '\u007F') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
