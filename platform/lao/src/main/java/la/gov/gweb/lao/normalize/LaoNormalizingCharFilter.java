package la.gov.gweb.lao.normalize;

import java.io.IOException;
import java.io.Reader;
import la.gov.gweb.lao.LaoScript;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apache.lucene.util.ArrayUtil;

/**
 * A {@link org.apache.lucene.analysis.CharFilter} that applies {@link LaoNormalizer} before the
 * tokenizer, where it must run: once a tokenizer has split ຫນ້າ into ຫ and ນ້າ, or kept ປີ2025 in
 * one piece, no token filter can repair it.
 *
 * <p>Offsets are corrected, so that token offsets point into the original text and highlights land
 * on the right characters. Deleted characters count towards the token before them; inside a cluster
 * whose marks were reordered, offsets are approximate, but a token never starts or ends inside a
 * cluster.
 *
 * <p>The input is read in chunks that end just before a character no step looks across (a character
 * outside the Lao block that is not a digit, a space or an invisible character), so memory stays
 * bounded for long documents that have punctuation or Latin text now and then.
 */
public final class LaoNormalizingCharFilter extends BaseCharFilter {

  private static final int CHUNK = 4096;

  /** Buffers start this small and grow up to a chunk: most filtered texts are queries. */
  private static final int QUERY_LENGTH = 64;

  private final LaoNormalizer normalizer;
  private final LaoNormalizer.Workspace workspace;
  private char[] pending = new char[CHUNK];
  private int pendingLength;
  private int scanned;
  private boolean inputDone;
  private int position;
  private int inputBase;
  private int outputBase;
  private int lastDiff;

  /** Creates a char filter that normalizes with {@code new LaoNormalizer()}. */
  public LaoNormalizingCharFilter(Reader in) {
    this(in, new LaoNormalizer());
  }

  /**
   * Creates a char filter.
   *
   * @param in the text to normalize
   * @param normalizer the normalization to apply, for instance one that joins spaced words
   */
  public LaoNormalizingCharFilter(Reader in, LaoNormalizer normalizer) {
    super(in);
    this.normalizer = normalizer;
    this.workspace = normalizer.newWorkspace(QUERY_LENGTH);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    MappedText out = workspace.result();
    while (position == out.length()) {
      if (!normalizeNextChunk()) {
        return -1;
      }
    }
    int count = Math.min(len, out.length() - position);
    System.arraycopy(out.chars(), position, cbuf, off, count);
    position += count;
    return count;
  }

  private boolean normalizeNextChunk() throws IOException {
    int cut;
    while ((cut = findCut()) < 0) {
      if (pendingLength == pending.length) {
        pending = ArrayUtil.grow(pending, pendingLength + 1);
      }
      int read = input.read(pending, pendingLength, pending.length - pendingLength);
      if (read < 0) {
        inputDone = true;
      } else {
        pendingLength += read;
      }
    }
    if (cut == 0) {
      return false;
    }
    outputBase += workspace.result().length();
    normalizer.normalize(pending, 0, cut, workspace);
    MappedText out = workspace.result();
    for (int j = 0; j < out.length(); j++) {
      record(outputBase + j, inputBase + out.sourceAt(j));
    }
    record(outputBase + out.length(), inputBase + cut);
    System.arraycopy(pending, cut, pending, 0, pendingLength - cut);
    pendingLength -= cut;
    scanned = 0;
    inputBase += cut;
    position = 0;
    return true;
  }

  private void record(int outputOffset, int inputOffset) {
    int diff = inputOffset - outputOffset;
    if (diff != lastDiff) {
      addOffCorrectMap(outputOffset, diff);
      lastDiff = diff;
    }
  }

  /** Returns where the pending text can be cut, or -1 when more input is needed first. */
  private int findCut() {
    if (inputDone) {
      return pendingLength;
    }
    if (pendingLength < CHUNK) {
      return -1;
    }
    for (int i = pendingLength - 1; i > scanned; i--) {
      if (isChunkBoundary(pending[i])) {
        return i;
      }
    }
    scanned = pendingLength - 1;
    return -1;
  }

  private static boolean isChunkBoundary(char c) {
    return !LaoScript.isLao(c)
        && !(c >= '0' && c <= '9')
        && c != ' '
        && !LaoNormalizer.isInvisible(c)
        && !Character.isLowSurrogate(c);
  }
}
