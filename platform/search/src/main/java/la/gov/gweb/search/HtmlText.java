package la.gov.gweb.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the sanitized HTML of item bodies into plain text for the index: tags removed, a line
 * break at the end of each block, character references decoded. It is not a general HTML parser:
 * the bodies it reads have passed the platform's sanitizer, which keeps a few formatting tags.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr",
          "blockquote", "pre", "hr", "section", "article", "figure", "figcaption", "dl", "dt", "dd");

  /** Cells are separated like words, not like lines. */
  private static final Set<String> CELLS = Set.of("td", "th");

  /** Elements whose content is not text for readers. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "template");

  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("hellip", "\u2026"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("shy", "\u00AD"),
          Map.entry("copy", "\u00A9"));

  private HtmlText() {}

  /**
   * Returns the text of {@code html}: one line per block, single spaces within a line, no leading
   * or trailing whitespace; an empty string for null.
   */
  public static String toPlainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        i = readTag(html, i, out);
      } else if (c == '&') {
        i = readReference(html, i, out);
      } else {
        // Line breaks in the source are spaces in HTML; only blocks make lines.
        out.append(c == '\n' || c == '\r' ? ' ' : c);
        i++;
      }
    }
    return tidy(out);
  }

  /** Reads the tag at {@code start}, writes what it stands for, and returns the index after it. */
  private static int readTag(String html, int start, StringBuilder out) {
    if (html.startsWith("<!--", start)) {
      int end = html.indexOf("-->", start + 4);
      return end < 0 ? html.length() : end + 3;
    }
    int end = tagEnd(html, start + 1);
    if (end < 0) {
      out.append(html, start, html.length());
      return html.length();
    }
    String name = tagName(html, start + 1, end);
    if (name.isEmpty()) {
      // A lone '<' in text, as in "a < b", which the sanitizer should have escaped.
      out.append('<');
      return start + 1;
    }
    boolean closing = html.charAt(start + 1) == '/';
    if (!closing && HIDDEN.contains(name)) {
      int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
      return close < 0 ? html.length() : readTag(html, close, out);
    }
    if (BLOCKS.contains(name)) {
      out.append('\n');
    } else if (CELLS.contains(name)) {
      out.append(' ');
    }
    return end + 1;
  }

  /** The index of the '>' that closes the tag, skipping quoted attribute values; -1 if none. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static String tagName(String html, int from, int end) {
    int i = from < end && html.charAt(from) == '/' ? from + 1 : from;
    int nameStart = i;
    while (i < end && Character.isLetterOrDigit(html.charAt(i))) {
      i++;
    }
    if (i == nameStart || !Character.isLetter(html.charAt(nameStart))) {
      return "";
    }
    return html.substring(nameStart, i).toLowerCase(Locale.ROOT);
  }

  /** Decodes the character reference at {@code start}; an unknown one is kept as written. */
  private static int readReference(String html, int start, StringBuilder out) {
    int end = html.indexOf(';', start + 1);
    if (end < 0 || end - start > 12) {
      out.append('&');
      return start + 1;
    }
    String name = html.substring(start + 1, end);
    String decoded = null;
    if (name.startsWith("#")) {
      try {
        int codePoint =
            name.startsWith("#x") || name.startsWith("#X")
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        if (Character.isValidCodePoint(codePoint) && codePoint != 0) {
          decoded = new String(Character.toChars(codePoint));
        }
      } catch (NumberFormatException e) {
        decoded = null;
      }
    } else {
      decoded = ENTITIES.get(name);
    }
    if (decoded == null) {
      out.append('&');
      return start + 1;
    }
    out.append(decoded);
    return end + 1;
  }

  /** Collapses spaces within lines and drops empty lines. */
  private static String tidy(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    boolean newline = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        newline = true;
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (out.length() > 0) {
          if (newline) {
            out.append('\n');
          } else if (space) {
            out.append(' ');
          }
        }
        space = false;
        newline = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
