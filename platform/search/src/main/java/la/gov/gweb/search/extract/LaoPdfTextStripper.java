package la.gov.gweb.search.extract;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.List;
import la.gov.gweb.lao.LaoScript;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, corrected for Lao, with a character limit and a check for interruption
 * after every page.
 *
 * <p>PDFBox attaches a combining mark to the glyph whose box it overlaps most. LibreOffice and
 * Word draw Lao vowel and tone marks with no width at the right edge of their letter, where that
 * is the next glyph, so ລັດ came out as ລດັ, and ຊີ followed by a space as ຊ ີ, which no normalizer
 * can undo. The content stream holds the marks in logical order, so Lao marks, and the glyph after
 * one, keep that order here. PDFBox also measures word gaps from the mark's box, and so put a space
 * after most tone marks (ວ່ າດ້ວຍ); a gap is kept after a Lao mark only when it is really there,
 * measured from the letter that carries the mark.
 */
final class LaoPdfTextStripper extends PDFTextStripper {

  /** A gap narrower than this share of a space after a Lao mark is no word break. */
  private static final float GAP_SHARE_OF_SPACE = 0.5f;

  private final int maxChars;
  private final StringBuilder written = new StringBuilder();
  private TextPosition lastLetter;
  private boolean lastWasLaoMark;
  private boolean separatorPending;

  /** Thrown after the page on which the text passed the limit. */
  static final class LimitReachedException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReachedException() {
      super("text limit reached", null);
    }
  }

  LaoPdfTextStripper(int maxChars) {
    this.maxChars = maxChars;
    setShouldSeparateByBeads(false);
  }

  /** The text written so far, complete after {@code writeText} returns. */
  String text() {
    return written.toString();
  }

  /**
   * Extracts the text of {@code document} into {@link #text()}.
   *
   * @throws LimitReachedException after the page on which the text passed the limit; {@link
   *     #text()} then holds the text so far
   * @throws InterruptedIOException if the thread was interrupted, after the current page
   */
  void extract(PDDocument document) throws IOException {
    writeText(
        document,
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            written.append(chars, offset, length);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    // Without beads there is a single list of positions per page.
    List<TextPosition> positions = charactersByArticle.get(charactersByArticle.size() - 1);
    boolean afterLaoMark = !positions.isEmpty() && isLaoMark(positions.get(positions.size() - 1));
    if (isLaoMark(text) || afterLaoMark) {
      positions.add(text);
    } else {
      super.processTextPosition(text);
    }
  }

  @Override
  protected void writeWordSeparator() {
    separatorPending = true;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    if (separatorPending) {
      separatorPending = false;
      if (!continuesLaoWord(positions)) {
        super.writeWordSeparator();
      }
    }
    super.writeString(text, positions);
    for (TextPosition position : positions) {
      lastWasLaoMark = isLaoMark(position);
      if (!lastWasLaoMark) {
        lastLetter = position;
      }
    }
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    separatorPending = false;
    lastLetter = null;
    super.writeLineSeparator();
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    super.endPage(page);
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("PDF text extraction interrupted");
    }
    if (written.length() > maxChars) {
      throw new LimitReachedException();
    }
  }

  private boolean continuesLaoWord(List<TextPosition> next) {
    if (!lastWasLaoMark || lastLetter == null || !isLao(lastLetter) || next.isEmpty()) {
      return false;
    }
    TextPosition first = next.get(0);
    if (!isLao(first)) {
      return false;
    }
    float gap = first.getXDirAdj() - (lastLetter.getXDirAdj() + lastLetter.getWidthDirAdj());
    float space = lastLetter.getWidthOfSpace();
    if (!(space > 0)) {
      space = lastLetter.getWidthDirAdj();
    }
    return gap < space * GAP_SHARE_OF_SPACE;
  }

  private static boolean isLao(TextPosition position) {
    String unicode = position.getUnicode();
    return !unicode.isEmpty() && unicode.charAt(0) >= '\u0E80' && unicode.charAt(0) <= '\u0EFF';
  }

  private static boolean isLaoMark(TextPosition position) {
    String unicode = position.getUnicode();
    return unicode.length() == 1 && LaoScript.isMark(unicode.charAt(0));
  }
}
