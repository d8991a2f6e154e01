package la.gov.gweb.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The search index of one site, in a directory of its own. Writes are visible to the next search
 * at once (near-real-time) and durable after {@link #commit()}. All methods are thread-safe.
 *
 * <p>The directory holds generations ({@code gen-1}, {@code gen-2}, ...), each a complete Lucene
 * index; the file {@code CURRENT} names the live one. {@link #rebuild(Iterable)} fills the next
 * generation while searches and writes keep using the live one, then switches {@code CURRENT} in
 * one atomic rename and deletes the old generation. The file {@code REBUILDING} exists while a
 * rebuild runs; found at start, it means the last rebuild was interrupted, and {@link
 * #needsRebuild()} says so. Generations that {@code CURRENT} does not name are left-overs of such a
 * rebuild and are deleted when the index opens.
 *
 * <p>Searches hold a read lock while they use a generation, and the switch takes the write lock,
 * so no search ever sees a generation being closed.
 */
public final class SiteIndex implements Closeable {

  static final String CURRENT = "CURRENT";
  static final String REBUILD_MARKER = "REBUILDING";

  private static final Pattern GENERATION = Pattern.compile("gen-(\\d{1,9})");

  private final String site;
  private final Path directory;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicBoolean rebuilding = new AtomicBoolean();

  /** Guarded by {@link #lock}: replaced under the write lock, used under the read lock. */
  private Generation live;

  /**
   * The last write to each item since a rebuild started (empty for a delete), replayed into the
   * new generation before the switch; null when no rebuild runs. Guarded by {@link #lock}.
   */
  private Map<Long, Optional<SearchDocument>> journal;

  private volatile boolean needsRebuild;
  private boolean closed;

  /**
   * Opens the index of {@code site} in {@code directory}, creating an empty one if there is none.
   *
   * @param directory the index's own directory, such as {@code <data>/sites/<slug>/index}
   * @param site the site's slug; only documents of this site are accepted
   * @throws IOException if the directory cannot be read or written
   * @throws org.apache.lucene.store.LockObtainFailedException if the index is already open, here
   *     or in another process
   */
  public SiteIndex(Path directory, String site) throws IOException {
    if (site == null || site.isBlank()) {
      throw new IllegalArgumentException("site is blank");
    }
    this.site = site;
    this.directory = directory;
    Files.createDirectories(directory);
    String current = liveGeneration();
    boolean created = current == null;
    if (created) {
      current = nextGeneration();
    }
    // Opening takes Lucene's write lock, so an index open elsewhere fails here, before anything
    // of its (possibly running) rebuild is touched.
    live = Generation.open(directory.resolve(current));
    try {
      Path marker = directory.resolve(REBUILD_MARKER);
      boolean interrupted = Files.exists(marker);
      if (interrupted && !created && readName(marker).equals(current)) {
        // The rebuild finished and switched; only the marker's removal was lost.
        Files.delete(marker);
        interrupted = false;
      }
      deleteGenerationsOtherThan(current);
      if (created) {
        writeAtomically(directory.resolve(CURRENT), current);
      }
      needsRebuild = created || interrupted;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(live);
      throw e;
    }
  }

  /** The slug of the site this index belongs to. */
  public String site() {
    return site;
  }

  /**
   * Tells whether the index may lack items: it was created empty when opened, or a rebuild was
   * interrupted (and it still holds what it held before). False after a successful rebuild.
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /**
   * Adds an item, or replaces the item with the same id.
   *
   * @throws IllegalArgumentException if the document belongs to another site
   */
  public void upsert(SearchDocument document) throws IOException {
    checkSite(document);
    lock.readLock().lock();
    try {
      ensureOpen();
      live.upsert(document);
      if (journal != null) {
        journal.put(document.id(), Optional.of(document));
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Removes an item; nothing happens if there is no item with this id. */
  public void delete(long id) throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      live.delete(id);
      if (journal != null) {
        journal.put(id, Optional.empty());
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Makes every write so far durable. */
  public void commit() throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      live.commit();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The number of items in the index, as the next search sees it. */
  public int documentCount() throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      return live.documentCount();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Searches this site. Any text is accepted: a text without a searchable word gives no hits.
   *
   * @throws IOException if the index cannot be read
   */
  public SearchResults search(SearchQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    try (Lease lease = lease()) {
      return SearchRunner.search(lease.searcher(), query);
    }
  }

  /**
   * Replaces the whole index with {@code documents}, typically every published item read from the
   * database. Searches keep answering from the old index until the new one is complete and
   * committed; writes made meanwhile go to both, so none is lost. On failure the old index stays.
   *
   * @return the number of documents read from {@code documents}
   * @throws IllegalStateException if a rebuild of this site is already running
   * @throws IllegalArgumentException if a document belongs to another site
   */
  public int rebuild(Iterable<SearchDocument> documents) throws IOException {
    Objects.requireNonNull(documents, "documents");
    if (!rebuilding.compareAndSet(false, true)) {
      throw new IllegalStateException("A rebuild of site " + site + " is already running");
    }
    Path marker = directory.resolve(REBUILD_MARKER);
    Generation next = null;
    try {
      String name = nextGeneration();
      writeAtomically(marker, name);
      lock.writeLock().lock();
      try {
        ensureOpen();
        journal = new ConcurrentHashMap<>();
      } finally {
        lock.writeLock().unlock();
      }
      next = Generation.open(directory.resolve(name));
      int count = next.upsertAll(documents, this::checkSite);
      // The long commit happens outside the lock; under it, only the writes made meanwhile.
      next.commit();
      Generation old;
      lock.writeLock().lock();
      try {
        ensureOpen();
        for (Map.Entry<Long, Optional<SearchDocument>> write : journal.entrySet()) {
          if (write.getValue().isPresent()) {
            next.upsert(write.getValue().get());
          } else {
            next.delete(write.getKey());
          }
        }
        next.commit();
        writeAtomically(directory.resolve(CURRENT), name);
        old = live;
        live = next;
        next = null;
        journal = null;
        needsRebuild = false;
      } finally {
        lock.writeLock().unlock();
      }
      // Left-overs of either are cleaned up when the index next opens.
      IOUtils.deleteFilesIgnoringExceptions(marker);
      IOUtils.closeWhileHandlingException(old::discard);
      return count;
    } catch (IOException | RuntimeException | Error e) {
      lock.writeLock().lock();
      try {
        journal = null;
      } finally {
        lock.writeLock().unlock();
      }
      if (next != null) {
        Generation failed = next;
        IOUtils.closeWhileHandlingException(failed::discard);
      }
      if (!needsRebuild) {
        // The old generation is complete and still live; an index that needed a rebuild before
        // keeps its marker, so that the next start still reports it.
        IOUtils.deleteFilesIgnoringExceptions(marker);
      }
      throw e;
    } finally {
      rebuilding.set(false);
    }
  }

  /** Commits and closes the index. Further calls fail with {@link IllegalStateException}. */
  @Override
  public void close() throws IOException {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        live.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Holds the read lock and a searcher of the live generation until closed; closing must happen
   * on the thread that leased.
   */
  Lease lease() throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      Generation generation = live;
      return new Lease(generation, generation.acquire());
    } catch (IOException | RuntimeException e) {
      lock.readLock().unlock();
      throw e;
    }
  }

  /** A searcher borrowed from a site's live generation under its read lock. */
  final class Lease implements Closeable {
    private final Generation generation;
    private final IndexSearcher searcher;

    private Lease(Generation generation, IndexSearcher searcher) {
      this.generation = generation;
      this.searcher = searcher;
    }

    IndexSearcher searcher() {
      return searcher;
    }

    @Override
    public void close() throws IOException {
      try {
        generation.release(searcher);
      } finally {
        lock.readLock().unlock();
      }
    }
  }

  private void checkSite(SearchDocument document) {
    if (!site.equals(document.site())) {
      throw new IllegalArgumentException(
          "Item " + document.id() + " of site " + document.site() + " sent to the index of " + site);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("The index of site " + site + " is closed");
    }
  }

  /** The generation {@code CURRENT} names, or null if there is no usable one. */
  private String liveGeneration() throws IOException {
    Path current = directory.resolve(CURRENT);
    if (!Files.isRegularFile(current)) {
      return null;
    }
    String name = readName(current);
    Path path = directory.resolve(name);
    if (!GENERATION.matcher(name).matches() || !Files.isDirectory(path)) {
      return null;
    }
    try (Directory index = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(index) ? name : null;
    }
  }

  /** A generation name higher than any in the directory, so that none is overwritten. */
  private String nextGeneration() throws IOException {
    int highest = 0;
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Matcher matcher = GENERATION.matcher(entry.getFileName().toString());
        if (matcher.matches()) {
          highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
      }
    }
    return "gen-" + (highest + 1);
  }

  private void deleteGenerationsOtherThan(String keep) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (GENERATION.matcher(name).matches() && !name.equals(keep)) {
          IOUtils.rm(entry);
        }
      }
    }
  }

  private static String readName(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  /** Writes a small file so that readers see the old content or the new, never a torn one. */
  private static void writeAtomically(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, content + "\n", StandardCharsets.UTF_8);
    IOUtils.fsync(temporary, false);
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    IOUtils.fsync(file.getParent(), true);
  }
}
