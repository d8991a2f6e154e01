package la.gov.gweb.lao.normalize;

import org.apache.lucene.util.ArrayUtil;

/**
 * Text under construction in which every character remembers the offset, in the original input, of
 * the character it came from. The offsets never decrease, which is what a char filter's offset
 * corrections need.
 */
final class MappedText {

  private char[] chars;
  private int[] sources;
  private int length;

  /** Creates an empty text with room for {@code capacity} characters before it grows. */
  MappedText(int capacity) {
    chars = new char[Math.max(16, capacity)];
    sources = new int[chars.length];
  }

  void clear() {
    length = 0;
  }

  int length() {
    return length;
  }

  char charAt(int index) {
    return chars[index];
  }

  int sourceAt(int index) {
    return sources[index];
  }

  char[] chars() {
    return chars;
  }

  char last() {
    return length == 0 ? 0 : chars[length - 1];
  }

  void append(char c, int source) {
    if (length == chars.length) {
      chars = ArrayUtil.grow(chars, length + 1);
      sources = ArrayUtil.growExact(sources, chars.length);
    }
    chars[length] = c;
    sources[length] = source;
    length++;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
