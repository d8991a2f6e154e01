package la.gov.gweb.lao.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The ICU Lao dictionary's words, spelled the way {@link LaoNormalizer} spells text, for {@link
 * SpacedWordJoiner}: exact lookups, and a quick test that rules out most strings that begin no
 * word.
 *
 * <p>Nearly every space in Lao text has no word across it, and the joiner would otherwise look up
 * a dozen candidates at each one. The prefix test reads one bit per character added to a
 * candidate, keyed by a hash that is extended one character at a time: a string whose bit is clear
 * begins no word, so it and every longer string that starts with it are skipped. A set bit may be
 * a collision, and the exact lookup decides.
 */
final class LaoWordList {

  private static final String DICTIONARY = "/la/gov/gweb/lao/laodict.txt";

  /** 2^21 bits, 256 KiB: about one bit in twenty is set by the dictionary's prefixes. */
  private static final int PREFIX_BITS = 21;

  private static final LaoWordList INSTANCE = load();

  private final CharArraySet words;
  private final long[] prefixes;

  private LaoWordList(CharArraySet words, long[] prefixes) {
    this.words = words;
    this.prefixes = prefixes;
  }

  /** The dictionary, loaded on first use. */
  static LaoWordList get() {
    return INSTANCE;
  }

  /** The hash of the empty string, to extend with {@link #extend(int, char)}. */
  static int emptyHash() {
    return 0;
  }

  /** The hash of a string followed by {@code c}, given the hash of the string. */
  static int extend(int hash, char c) {
    return 31 * hash + c;
  }

  /** False if no word begins with the string whose hash is {@code hash}; true if one may. */
  boolean mayBeginWord(int hash) {
    int bit = bitOf(hash);
    return (prefixes[bit >>> 6] & (1L << bit)) != 0;
  }

  /** Tells whether {@code text[offset, offset + length)} is a word. */
  boolean contains(char[] text, int offset, int length) {
    return words.contains(text, offset, length);
  }

  private static LaoWordList load() {
    LaoNormalizer normalizer = new LaoNormalizer();
    CharArraySet words = new CharArraySet(32768, false);
    LaoWordList list = new LaoWordList(words, new long[1 << (PREFIX_BITS - 6)]);
    try (InputStream stream = LaoWordList.class.getResourceAsStream(DICTIONARY)) {
      if (stream == null) {
        throw new IllegalStateException("Missing resource " + DICTIONARY);
      }
      for (String line : WordlistLoader.getLines(stream, StandardCharsets.UTF_8)) {
        String word = normalizer.normalize(line);
        words.add(word);
        list.addPrefixes(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DICTIONARY, e);
    }
    return new LaoWordList(CharArraySet.unmodifiableSet(words), list.prefixes);
  }

  private void addPrefixes(String word) {
    int hash = emptyHash();
    for (int i = 0; i < word.length(); i++) {
      hash = extend(hash, word.charAt(i));
      int bit = bitOf(hash);
      prefixes[bit >>> 6] |= 1L << bit;
    }
  }

  /** Spreads the hash, whose low bits vary little between Lao strings, over the filter. */
  private static int bitOf(int hash) {
    return (hash * 0x9E3779B9) >>> (Integer.SIZE - PREFIX_BITS);
  }
}
