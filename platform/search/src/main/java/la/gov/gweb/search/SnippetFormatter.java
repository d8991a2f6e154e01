package la.gov.gweb.search;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage of a field as a {@link Snippet}: HTML-escaped text with the matches in
 * {@code <mark>}, cut to a readable length without splitting a Lao letter from its marks.
 */
final class SnippetFormatter extends PassageFormatter {

  /** The most characters a snippet shows; Lao runs without spaces give long passages. */
  static final int MAX_CHARS = 300;

  /** The highlighter joins the values of a multi-valued field with this character. */
  private static final char VALUE_SEPARATOR = '\0';

  private static final String ELLIPSIS = "\u2026";

  /**
   * A formatted passage.
   *
   * @param html the escaped text with {@code <mark>} around matches
   * @param matched whether the passage holds a match, or is only the beginning of the field
   * @param value which value of the field the passage comes from, counting from 0
   */
  record Snippet(String html, boolean matched, int value) {}

  @Override
  public Snippet format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage passage = passages[0];
    int matches = passage.getNumMatches();
    int[][] ranges = new int[matches][];
    for (int i = 0; i < matches; i++) {
      ranges[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
    }
    Arrays.sort(ranges, (a, b) -> Integer.compare(a[0], b[0]));
    int from = passage.getStartOffset();
    int to = passage.getEndOffset();
    while (from < to && isGap(content.charAt(from))) {
      from++;
    }
    while (to > from && isGap(content.charAt(to - 1))) {
      to--;
    }
    if (to - from > MAX_CHARS) {
      int anchor = matches > 0 ? ranges[0][0] : from;
      from = boundaryAtOrBefore(content, Math.max(from, anchor - MAX_CHARS / 3), from);
      to = boundaryAtOrBefore(content, Math.min(to, from + MAX_CHARS), from);
    }
    StringBuilder html = new StringBuilder(to - from + 32);
    if (from > 0 && content.charAt(from - 1) != VALUE_SEPARATOR) {
      html.append(ELLIPSIS);
    }
    int written = from;
    for (int[] range : ranges) {
      int start = Math.max(range[0], written);
      int end = Math.min(extendOverMarks(content, range[1]), to);
      if (start >= end) {
        continue;
      }
      escape(content, written, start, html);
      html.append("<mark>");
      escape(content, start, end, html);
      html.append("</mark>");
      written = end;
    }
    escape(content, written, to, html);
    if (to < content.length() && content.charAt(to) != VALUE_SEPARATOR) {
      html.append(ELLIPSIS);
    }
    return new Snippet(mergeAdjacentMarks(html), matches > 0, valuesBefore(content, from));
  }

  /**
   * The nearest place at or before {@code offset}, and after {@code floor}, where the text may be
   * cut: a space if one is near, else the start of a letter that is not bound to the one before.
   */
  private static int boundaryAtOrBefore(String content, int offset, int floor) {
    for (int i = offset; i > floor && i > offset - 20; i--) {
      if (content.charAt(i - 1) == ' ') {
        return i;
      }
    }
    int i = offset;
    while (i > floor && !canCutBefore(content, i)) {
      i--;
    }
    return i;
  }

  private static boolean canCutBefore(String content, int i) {
    if (i >= content.length()) {
      return true;
    }
    char c = content.charAt(i);
    char before = content.charAt(i - 1);
    return !isCombining(c)
        && !Character.isLowSurrogate(c)
        && !(before >= '\u0EC0' && before <= '\u0EC4'); // a leading vowel belongs to what follows
  }

  /** A match ends where a token ended, which can leave a repeated mark outside it. */
  private static int extendOverMarks(String content, int end) {
    while (end < content.length() && isCombining(content.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Passages can begin or end with the space or the value separator they were broken at. */
  private static boolean isGap(char c) {
    return c == ' ' || c == VALUE_SEPARATOR;
  }

  private static boolean isCombining(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static int valuesBefore(String content, int offset) {
    int count = 0;
    for (int i = 0; i < offset; i++) {
      if (content.charAt(i) == VALUE_SEPARATOR) {
        count++;
      }
    }
    return count;
  }

  /** Syllable matches of one word come as touching ranges; one mark reads better. */
  private static String mergeAdjacentMarks(StringBuilder html) {
    return html.toString().replace("</mark><mark>", "");
  }

  private static void escape(String content, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case VALUE_SEPARATOR -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
