package la.gov.gweb.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import la.gov.gweb.search.SearchDocument;
import la.gov.gweb.search.SiteIndex;
import org.apache.lucene.util.IOUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk indexing: a whole site of {@code items} synthetic items through {@link
 * SiteIndex#rebuild(Iterable)}, the same items one {@link SiteIndex#upsert} at a time, and, for
 * reference, through {@link PlainLuceneIndex}. The score is seconds per site; {@code items}
 * divided by it gives items per second (target: at least 1,000 at 100,000 items).
 *
 * <p>There is no warm-up iteration: one rebuild of 100,000 items runs for more than a minute, and
 * the JIT has compiled the indexing code within its first seconds. The items are held in memory,
 * about a gigabyte at 100,000, hence the fork's heap. A smaller site for a quick look: {@code
 * -Dbench.args="-p items=10000 IndexingBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class IndexingBenchmark {

  @Param("100000")
  public int items;

  private List<SearchDocument> site;
  private Path directory;
  private SiteIndex index;

  /** Makes the items once, so that only indexing is timed. */
  @Setup(Level.Trial)
  public void makeItems() {
    SyntheticSite synthetic = new SyntheticSite(42);
    site = new ArrayList<>(items);
    for (long id = 1; id <= items; id++) {
      site.add(synthetic.item("bench", id));
    }
  }

  /** A fresh, empty index for every measurement. */
  @Setup(Level.Invocation)
  public void openIndex() throws IOException {
    directory = Files.createTempDirectory("gweb-indexing-bench");
    index = new SiteIndex(directory, "bench");
  }

  /** Deletes the index. */
  @TearDown(Level.Invocation)
  public void deleteIndex() throws IOException {
    index.close();
    IOUtils.rm(directory);
  }

  /** Indexes the whole site at once, as a rebuild from the database does. */
  @Benchmark
  public int rebuild() throws IOException {
    return index.rebuild(site);
  }

  /** Indexes the items the plain Lucene way, as a reference for the machine's speed. */
  @Benchmark
  public void plainLucene() throws IOException {
    PlainLuceneIndex.build(directory.resolve("plain"), site);
  }

  /** Indexes the items one by one from one thread, then commits, as a catch-up would. */
  @Benchmark
  public int upsertEach() throws IOException {
    for (SearchDocument item : site) {
      index.upsert(item);
    }
    index.commit();
    return index.documentCount();
  }
}
