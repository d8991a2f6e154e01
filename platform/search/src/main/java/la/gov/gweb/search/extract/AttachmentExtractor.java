package la.gov.gweb.search.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import la.gov.gweb.lao.normalize.LaoNormalizer;
import la.gov.gweb.search.extract.Extraction.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Extracts the text of attached files for the index, one file at a time, under a byte limit, a
 * character limit and a time limit. It never throws for a bad file: encrypted, damaged, oversized,
 * slow or unknown files give an {@link Extraction} that says why there is no text.
 *
 * <p>Office and OpenDocument files go through Tika's {@link AutoDetectParser}, which uses the parser
 * modules on the classpath; embedded documents are not opened, so that a file cannot smuggle in
 * more work than it shows. PDFs are read with PDFBox directly through {@link LaoPdfTextStripper},
 * because Tika's PDF text path attaches Lao marks to the wrong letter. All text then goes through
 * {@link LaoNormalizer} (without joining spaced words, since the text is also shown in snippets).
 *
 * <p>Each file is parsed on a worker thread; on timeout the worker is interrupted and its input
 * closed. A parser that ignores both keeps its (daemon) thread until it finishes, but no longer
 * holds up the caller or later files. Instances are thread-safe; close them to stop the workers.
 */
public final class AttachmentExtractor implements AutoCloseable {

  /** Files above 50 MiB are not read: the platform's own upload limit. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** At most a million characters of text per file, about 400 pages of a Lao law. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  /** A file that takes longer than 30 seconds is abandoned. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final String UNKNOWN_TYPE = MediaType.OCTET_STREAM.toString();
  private static final MediaType PDF = MediaType.application("pdf");

  /** A Lao mark or following vowel never starts a word; whitespace before one is an artefact. */
  private static final Pattern SPACE_BEFORE_MARK =
      Pattern.compile("(?<=[\\u0E80-\\u0EFF])[ \\t\\n\\u00A0]+(?=[\\u0EB0-\\u0EBD\\u0EC8-\\u0ECE])");

  /** PDFBox sometimes emits a mark after the punctuation that follows its letter (ຕ.ິ). */
  private static final Pattern MARK_AFTER_PUNCTUATION =
      Pattern.compile(
          "([\\u0E81-\\u0EAE\\u0EDC-\\u0EDF])([.,:;!?)\\]-]+)([\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECE]+)");

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  /** U+FFFD stands for bytes that did not decode; nobody searches for it. */
  private static final char REPLACEMENT = '\uFFFD';
  private static final Pattern BLANK_LINES = Pattern.compile("[ \\t]*\\n(?:[ \\t]*\\n)+");

  private final long maxBytes;
  private final int maxChars;
  private final Duration timeout;
  private final Parser parser;
  private final Detector detector = new DefaultDetector();
  private final LaoNormalizer normalizer = new LaoNormalizer();
  private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());

  /**
   * Creates an extractor with the default limits: {@value #DEFAULT_MAX_BYTES} bytes, {@value
   * #DEFAULT_MAX_CHARS} characters, 30 seconds.
   */
  public AttachmentExtractor() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
  }

  /**
   * Creates an extractor with its own limits.
   *
   * @param maxBytes larger files are reported {@link Status#TOO_LARGE} without being opened
   * @param maxChars text beyond this many characters is cut off and reported {@link
   *     Status#TRUNCATED}
   * @param timeout how long one file may take
   */
  public AttachmentExtractor(long maxBytes, int maxChars, Duration timeout) {
    this(maxBytes, maxChars, timeout, new AutoDetectParser());
  }

  /** Creates an extractor that hands non-PDF files to {@code parser}; for tests. */
  AttachmentExtractor(long maxBytes, int maxChars, Duration timeout, Parser parser) {
    if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxChars = maxChars;
    this.timeout = timeout;
    this.parser = parser;
  }

  /**
   * Extracts the text of {@code file}.
   *
   * @return the text, or the reason there is none; never null
   * @throws IllegalStateException if this extractor was closed
   */
  public Extraction extract(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (!Files.isRegularFile(file)) {
        return failure(Status.UNREADABLE, UNKNOWN_TYPE, "no such file: " + file.getFileName());
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        return failure(
            Status.TOO_LARGE, UNKNOWN_TYPE, size + " bytes, more than the limit of " + maxBytes);
      }
    } catch (IOException e) {
      return failure(Status.UNREADABLE, UNKNOWN_TYPE, message(e));
    }
    AtomicReference<String> mediaType = new AtomicReference<>(UNKNOWN_TYPE);
    AtomicReference<Closeable> input = new AtomicReference<>();
    Future<Extraction> task;
    try {
      task = workers.submit(() -> detectAndExtract(file, mediaType, input));
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the extractor is closed", e);
    }
    try {
      return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(task, input);
      return failure(
          Status.TIMEOUT, mediaType.get(), "took longer than " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      abandon(task, input);
      Thread.currentThread().interrupt();
      return failure(Status.TIMEOUT, mediaType.get(), "interrupted");
    } catch (ExecutionException e) {
      return failure(e.getCause(), mediaType.get());
    }
  }

  /** Stops the worker threads; extractions still running are interrupted. */
  @Override
  public void close() {
    workers.shutdownNow();
  }

  /**
   * Runs on a worker, so that the time limit covers detection too: detecting a document type can
   * mean reading a whole zip directory.
   */
  private Extraction detectAndExtract(
      Path file, AtomicReference<String> mediaType, AtomicReference<Closeable> input)
      throws Exception {
    String type;
    try {
      type = detect(file);
    } catch (IOException e) {
      return failure(Status.UNREADABLE, UNKNOWN_TYPE, message(e));
    }
    mediaType.set(type);
    if (PDF.toString().equals(type)) {
      return extractPdf(file, type);
    }
    if (!parser.getSupportedTypes(new ParseContext()).contains(MediaType.parse(type))) {
      return failure(Status.UNSUPPORTED, type, "no text parser for " + type);
    }
    return extractWithTika(file, type, input);
  }

  private String detect(Path file) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      return detector.detect(in, metadata).getBaseType().toString();
    }
  }

  private Extraction extractPdf(Path file, String mediaType) throws IOException {
    LaoPdfTextStripper stripper = new LaoPdfTextStripper(maxChars);
    boolean truncated = false;
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      stripper.extract(document);
    } catch (LaoPdfTextStripper.LimitReachedException e) {
      truncated = true;
    }
    String text = stripper.text();
    text = SPACE_BEFORE_MARK.matcher(text).replaceAll("");
    text = MARK_AFTER_PUNCTUATION.matcher(text).replaceAll("$1$3$2");
    return result(text, truncated, mediaType);
  }

  private Extraction extractWithTika(Path file, String mediaType, AtomicReference<Closeable> input)
      throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParseContext context = new ParseContext();
    context.set(Parser.class, EmptyParser.INSTANCE);
    WriteOutContentHandler out = new WriteOutContentHandler(maxChars);
    boolean truncated = false;
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      input.set(in);
      parser.parse(in, new BodyContentHandler(out), metadata, context);
    } catch (Exception e) {
      // Parsers may wrap the handler's exception in their own.
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw e;
      }
      truncated = true;
    }
    return result(out.toString(), truncated, mediaType);
  }

  private Extraction result(String raw, boolean truncated, String mediaType) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace(REPLACEMENT, ' ');
    text = CONTROL.matcher(text).replaceAll("");
    text = BLANK_LINES.matcher(normalizer.normalize(text)).replaceAll("\n\n").strip();
    if (text.length() > maxChars) {
      text = cut(text, maxChars);
      truncated = true;
    }
    if (text.isEmpty()) {
      return failure(Status.EMPTY, mediaType, "no text: a scan or an image without a text layer?");
    }
    return truncated
        ? new Extraction(
            Status.TRUNCATED, text, mediaType, "only the first " + maxChars + " characters kept")
        : new Extraction(Status.OK, text, mediaType, "");
  }

  /** Cuts before {@code length}, never between a letter and its marks or inside a pair. */
  private static String cut(String text, int length) {
    int end = length;
    while (end > 0
        && (Character.isLowSurrogate(text.charAt(end))
            || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
      end--;
    }
    return text.substring(0, end);
  }

  private static void abandon(Future<?> task, AtomicReference<Closeable> input) {
    task.cancel(true);
    Closeable in = input.get();
    if (in != null) {
      try {
        in.close();
      } catch (IOException | RuntimeException e) {
        // The worker owns the stream too and may be closing it; nothing more to do.
      }
    }
  }

  private static Extraction failure(Throwable cause, String mediaType) {
    if (cause instanceof VirtualMachineError && !(cause instanceof StackOverflowError)) {
      throw (VirtualMachineError) cause;
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof InvalidPasswordException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return failure(Status.ENCRYPTED, mediaType, "password protected: " + message(t));
      }
      if (t instanceof InterruptedIOException) {
        return failure(Status.TIMEOUT, mediaType, "interrupted");
      }
    }
    return failure(Status.CORRUPT, mediaType, message(cause));
  }

  private static Extraction failure(Status status, String mediaType, String detail) {
    return new Extraction(status, "", mediaType, detail);
  }

  private static String message(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank()
        ? t.getClass().getSimpleName()
        : t.getClass().getSimpleName() + ": " + message;
  }

  /** Daemon threads, so that a parser stuck in a loop never keeps the JVM from exiting. */
  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "gweb-attachment-text-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
