package la.gov.gweb.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.IOUtils;

/**
 * The search indexes of all sites: opens each site's {@link SiteIndex} once, under {@code
 * <sites directory>/<slug>/index}, and searches several sites as one. Thread-safe; one instance
 * per application.
 */
public final class SiteIndexes implements Closeable {

  /** The platform's site slugs; anything else could escape the sites directory. */
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,29}");

  private final Path sitesDirectory;
  private final Map<String, SiteIndex> open = new ConcurrentHashMap<>();
  private boolean closed;

  /**
   * Creates the registry; no index is opened until it is asked for.
   *
   * @param sitesDirectory the directory that holds one directory per site, such as {@code
   *     <data>/sites}
   */
  public SiteIndexes(Path sitesDirectory) {
    this.sitesDirectory = Objects.requireNonNull(sitesDirectory, "sitesDirectory");
  }

  /**
   * Returns the index of a site, opening (or creating) it on first use.
   *
   * @throws IllegalArgumentException if {@code slug} is not a site slug
   * @throws IllegalStateException if this registry is closed
   */
  public SiteIndex site(String slug) throws IOException {
    checkSlug(slug);
    SiteIndex index = open.get(slug);
    if (index != null) {
      return index;
    }
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("The site indexes are closed");
      }
      index = open.get(slug);
      if (index == null) {
        index = new SiteIndex(indexDirectory(slug), slug);
        open.put(slug, index);
      }
      return index;
    }
  }

  /**
   * Searches several sites as one index, typically every active site: hits are ranked together
   * and each is labelled with its site. Duplicate slugs count once; no slugs give no hits.
   */
  public SearchResults searchAll(Collection<String> slugs, SearchQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    // Leases take read locks; taking them in one order keeps two searches from deadlocking
    // against two rebuilds.
    Set<String> sorted = new TreeSet<>(slugs);
    List<SiteIndex.Lease> leases = new ArrayList<>(sorted.size());
    try {
      for (String slug : sorted) {
        leases.add(site(slug).lease());
      }
      if (leases.isEmpty()) {
        return SearchResults.empty(false);
      }
      IndexReader[] readers =
          leases.stream().map(lease -> lease.searcher().getIndexReader()).toArray(IndexReader[]::new);
      try (MultiReader all = new MultiReader(readers, false)) {
        return SearchRunner.search(new IndexSearcher(all), query);
      }
    } finally {
      IOUtils.close(leases.toArray(new SiteIndex.Lease[0]));
    }
  }

  /**
   * Rebuilds one site's index from {@code documents} while searches keep using the old one.
   *
   * @see SiteIndex#rebuild(Iterable)
   */
  public int rebuild(String slug, Iterable<SearchDocument> documents) throws IOException {
    return site(slug).rebuild(documents);
  }

  /**
   * The sites whose last rebuild was interrupted (by a crash or a stop) and did not complete; read
   * from disk, whether or not their index is open. Meant for the start of the application, before
   * any rebuild runs (a running rebuild looks the same); rebuild these sites then.
   */
  public Set<String> interruptedRebuilds() throws IOException {
    Set<String> interrupted = new TreeSet<>();
    if (!Files.isDirectory(sitesDirectory)) {
      return interrupted;
    }
    try (Stream<Path> sites = Files.list(sitesDirectory)) {
      for (Path site : (Iterable<Path>) sites::iterator) {
        String slug = site.getFileName().toString();
        if (SLUG.matcher(slug).matches()
            && Files.exists(indexDirectory(slug).resolve(SiteIndex.REBUILD_MARKER))) {
          interrupted.add(slug);
        }
      }
    }
    return interrupted;
  }

  /**
   * Closes a site's index and deletes its directory, for a site that is deleted or whose import
   * failed. A later {@link #site} creates a new, empty index.
   *
   * @throws IllegalArgumentException if {@code slug} is not a site slug
   */
  public void delete(String slug) throws IOException {
    checkSlug(slug);
    synchronized (this) {
      SiteIndex index = open.remove(slug);
      if (index != null) {
        index.close();
      }
    }
    IOUtils.rm(indexDirectory(slug));
  }

  /** Commits and closes every open index. */
  @Override
  public synchronized void close() throws IOException {
    closed = true;
    try {
      IOUtils.close(open.values());
    } finally {
      open.clear();
    }
  }

  private Path indexDirectory(String slug) {
    return sitesDirectory.resolve(slug).resolve("index");
  }

  private static void checkSlug(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("Not a site slug: " + slug);
    }
  }
}
