package la.gov.gweb.lao.normalize;

import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.CharFilter;

/**
 * A text normalized once for every analyzer that reads it. A text indexed in several views (Lao
 * words, Lao syllables) would otherwise be normalized by a {@link LaoNormalizingCharFilter} in each
 * of them, and normalizing costs about as much as tokenizing. Give each analyzer {@link #reader()}
 * instead of the text: {@link LaoNormalizer#filter(Reader)} then reads the form normalized here,
 * the same characters with the same offsets as its char filter would give. A text that
 * normalization leaves as it is goes to the tokenizer unfiltered.
 *
 * <p>Each form is made on first use and kept. An instance is meant for the fields of one document,
 * indexed by one thread, and is not thread-safe.
 */
public final class NormalizedText {

  private static final LaoNormalizer PLAIN = new LaoNormalizer();

  private final String text;
  private Form plain;
  private Form joined;

  /** Wraps {@code text}; nothing is normalized until an analyzer asks. */
  public NormalizedText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The original text. */
  public String text() {
    return text;
  }

  /**
   * A new reader of the original text, which analyzers whose char filter comes from {@link
   * LaoNormalizer#filter(Reader)} read normalized.
   */
  public Reader reader() {
    return new Source(this);
  }

  private Form form(LaoNormalizer normalizer) {
    if (plain == null) {
      // Separating digits from letters can add a few characters.
      LaoNormalizer.Workspace workspace = PLAIN.newWorkspace(text.length() + 16);
      char[] chars = text.toCharArray();
      PLAIN.normalize(chars, 0, chars.length, workspace);
      plain = new Form(workspace.result(), text);
    }
    if (!normalizer.joinsSpacedWords()) {
      return plain;
    }
    if (joined == null) {
      // Joining only removes spaces, so the plain form is joined in one more pass instead of
      // normalizing the text again.
      MappedText out = new MappedText(plain.text.length());
      LaoNormalizer.joinSpacedWords(plain.text, out, new SpacedWordJoiner());
      joined = out.length() == plain.text.length() ? plain : new Form(out, text);
    }
    return joined;
  }

  /** The text in one normalization, and whether that changed anything. */
  private static final class Form {
    final MappedText text;
    final boolean unchanged;

    Form(MappedText normalized, String original) {
      this.text = normalized;
      this.unchanged = isSame(normalized, original);
    }

    private static boolean isSame(MappedText normalized, String original) {
      if (normalized.length() != original.length()) {
        return false;
      }
      for (int i = 0; i < original.length(); i++) {
        if (normalized.charAt(i) != original.charAt(i) || normalized.sourceAt(i) != i) {
          return false;
        }
      }
      return true;
    }
  }

  /** The reader that {@link #reader()} returns: the original text, and the way to its forms. */
  static final class Source extends Reader {
    private final NormalizedText owner;
    private int position;

    private Source(NormalizedText owner) {
      this.owner = owner;
    }

    /** This reader as {@code normalizer} would filter it, read from the kept form. */
    Reader normalizedBy(LaoNormalizer normalizer) {
      Form form = owner.form(normalizer);
      return form.unchanged ? this : new FormReader(this, form.text, owner.text.length());
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      String text = owner.text;
      if (position == text.length()) {
        return length == 0 ? 0 : -1;
      }
      int count = Math.min(length, text.length() - position);
      text.getChars(position, position + count, buffer, offset);
      position += count;
      return count;
    }

    @Override
    public void close() {}
  }

  /** Reads a kept form, with its offsets into the original text. */
  private static final class FormReader extends CharFilter {
    private final MappedText form;
    private final int originalLength;
    private int position;

    FormReader(Reader source, MappedText form, int originalLength) {
      super(source);
      this.form = form;
      this.originalLength = originalLength;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == form.length()) {
        return length == 0 ? 0 : -1;
      }
      int count = Math.min(length, form.length() - position);
      System.arraycopy(form.chars(), position, buffer, offset, count);
      position += count;
      return count;
    }

    /** A character's own source, as the char filter's offset map gives it. */
    @Override
    protected int correct(int offset) {
      return offset < form.length() ? form.sourceAt(offset) : originalLength;
    }
  }
}
