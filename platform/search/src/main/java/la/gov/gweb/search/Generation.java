package la.gov.gweb.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One Lucene index in its own directory, with its writer and near-real-time searchers. A site's
 * index is one generation at a time; a rebuild fills the next one beside it.
 */
final class Generation implements Closeable {

  /** A large buffer makes fewer, larger segments when a whole site is indexed at once. */
  private static final double RAM_BUFFER_MB = 64;

  /** Threads that index a whole site at once; more than the cores only adds contention. */
  private static final int INDEXING_THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  /** Documents handed to an indexing thread at once. */
  private static final int BATCH = 64;

  /**
   * Small segments flushed for near-real-time searches stay in memory until they are merged or
   * committed, so that a search after each publication does not write a file each time.
   */
  private static final double NRT_CACHE_SEGMENT_MB = 4;

  private static final double NRT_CACHE_TOTAL_MB = 32;

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Set by every write, so that the next search opens a reader that sees it. */
  private final AtomicBoolean changed = new AtomicBoolean();

  private Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens the index at {@code path}, creating and committing an empty one if there is none. */
  static Generation open(Path path) throws IOException {
    Directory directory =
        new NRTCachingDirectory(FSDirectory.open(path), NRT_CACHE_SEGMENT_MB, NRT_CACHE_TOTAL_MB);
    IndexWriter writer = null;
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(SearchAnalyzer.INSTANCE)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(directory, config);
      writer.commit();
      return new Generation(path, directory, writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        IOUtils.closeWhileHandlingException(writer::rollback);
      }
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  void upsert(SearchDocument document) throws IOException {
    writer.updateDocument(IndexFields.idTerm(document.id()), IndexFields.toDocument(document));
    changed.set(true);
  }

  /**
   * Indexes {@code documents} on several threads, since analysis is most of the cost of indexing
   * and the writer takes documents from many threads at once; {@code check} sees each document
   * first, on the calling thread. Of two documents with the same id, either may be kept.
   *
   * @return the number of documents read
   */
  int upsertAll(Iterable<SearchDocument> documents, Consumer<SearchDocument> check)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(INDEXING_THREADS, Generation::daemon);
    Deque<Future<?>> running = new ArrayDeque<>();
    int count = 0;
    try {
      List<SearchDocument> batch = new ArrayList<>(BATCH);
      for (SearchDocument document : documents) {
        check.accept(document);
        batch.add(document);
        count++;
        if (batch.size() == BATCH) {
          running.add(pool.submit(indexing(batch)));
          batch = new ArrayList<>(BATCH);
          if (running.size() > 2 * INDEXING_THREADS) {
            await(running.removeFirst());
          }
        }
      }
      if (!batch.isEmpty()) {
        running.add(pool.submit(indexing(batch)));
      }
      while (!running.isEmpty()) {
        await(running.removeFirst());
      }
      flushOnEveryThread(pool);
      return count;
    } finally {
      // Interrupting the writer's threads could break it, so batches already running finish.
      running.forEach(task -> task.cancel(false));
      pool.shutdown();
      awaitTermination(pool);
    }
  }

  /**
   * Writes the documents still buffered to segments, one buffer per thread at once; the commit
   * that follows would flush them one after the other on the calling thread.
   */
  private void flushOnEveryThread(ExecutorService pool) throws IOException {
    List<Future<?>> flushes = new ArrayList<>(INDEXING_THREADS);
    for (int i = 0; i < INDEXING_THREADS; i++) {
      flushes.add(
          pool.submit(
              () -> {
                while (writer.flushNextBuffer()) {
                  // Each call flushes one buffer, if another thread has not taken it.
                }
                return null;
              }));
    }
    for (Future<?> flush : flushes) {
      await(flush);
    }
  }

  private Callable<Void> indexing(List<SearchDocument> batch) {
    return () -> {
      for (SearchDocument document : batch) {
        upsert(document);
      }
      return null;
    };
  }

  private static void await(Future<?> task) throws IOException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while indexing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
    }
  }

  private static void awaitTermination(ExecutorService pool) throws InterruptedIOException {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Batches are short; keep waiting so that no thread writes after a rollback.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while indexing");
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "gweb-search-indexing");
    thread.setDaemon(true);
    return thread;
  }

  void delete(long id) throws IOException {
    writer.deleteDocuments(IndexFields.idTerm(id));
    changed.set(true);
  }

  void commit() throws IOException {
    writer.commit();
  }

  /** The number of documents a search sees now; the writer's own count lags behind deletes. */
  int documentCount() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** Returns a searcher that sees every write made before this call; release it after use. */
  IndexSearcher acquire() throws IOException {
    if (changed.getAndSet(false)) {
      try {
        searchers.maybeRefreshBlocking();
      } catch (IOException | RuntimeException e) {
        changed.set(true);
        throw e;
      }
    }
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer, directory);
  }

  /** Closes without committing and deletes the directory: for a replaced or failed generation. */
  void discard() throws IOException {
    IOUtils.close(searchers, writer::rollback, directory);
    IOUtils.rm(path);
  }
}
