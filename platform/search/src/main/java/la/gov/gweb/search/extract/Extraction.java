package la.gov.gweb.search.extract;

import java.util.Objects;

/**
 * The outcome of extracting the text of one file: the text, possibly empty, and why it is empty or
 * incomplete. A file that yields no text is still indexed with its item; the status is for the
 * webmaster's report.
 *
 * @param status what happened
 * @param text the extracted text with Lao normalized; empty unless {@link Status#OK} or {@link
 *     Status#TRUNCATED}
 * @param mediaType the detected media type, or {@code application/octet-stream} if unknown
 * @param detail a sentence for the report, such as the parser's message; empty for {@link
 *     Status#OK}
 */
public record Extraction(Status status, String text, String mediaType, String detail) {

  /** What happened to a file. */
  public enum Status {
    /** The whole text was extracted. */
    OK,
    /** The text was longer than the character limit; its beginning was kept. */
    TRUNCATED,
    /** The file was read but holds no text, such as a scanned PDF without a text layer. */
    EMPTY,
    /** The file needs a password. */
    ENCRYPTED,
    /** The file is damaged or not what its type claims. */
    CORRUPT,
    /** The file is larger than the byte limit and was not read. */
    TOO_LARGE,
    /** Extraction took longer than the time limit and was abandoned. */
    TIMEOUT,
    /** No parser on the classpath reads this type of file. */
    UNSUPPORTED,
    /** The file could not be read from disk. */
    UNREADABLE
  }

  /** Checks that no component is null. */
  public Extraction {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(detail, "detail");
  }

  /** Tells whether there is text to index. */
  public boolean hasText() {
    return !text.isEmpty();
  }
}
