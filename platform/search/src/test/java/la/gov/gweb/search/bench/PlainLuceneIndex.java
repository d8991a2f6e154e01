package la.gov.gweb.search.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import la.gov.gweb.search.SearchDocument;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The reference for bulk indexing: the same items indexed the plainest way Lucene allows, each text
 * once with {@link StandardAnalyzer}, stored, on as many threads as a site rebuild uses. What a
 * site index costs beyond this is the price of its Lao views.
 */
final class PlainLuceneIndex {

  private static final int THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private PlainLuceneIndex() {}

  /** Indexes {@code items} into a new index in {@code path} and commits. */
  static void build(Path path, List<SearchDocument> items) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config)) {
      List<Future<Void>> parts =
          IntStream.range(0, THREADS)
              .mapToObj(part -> pool.submit(() -> addEvery(writer, items, part)))
              .toList();
      for (Future<Void> part : parts) {
        part.get();
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static Void addEvery(IndexWriter writer, List<SearchDocument> items, int part)
      throws IOException {
    for (int i = part; i < items.size(); i += THREADS) {
      writer.addDocument(document(items.get(i)));
    }
    return null;
  }

  private static Document document(SearchDocument item) {
    Document doc = new Document();
    doc.add(new StringField("id", Long.toString(item.id()), Field.Store.YES));
    doc.add(new StringField("type", item.type(), Field.Store.YES));
    for (String text :
        List.of(
            item.titleLo(),
            item.titleEn(),
            item.summaryLo(),
            item.summaryEn(),
            item.bodyLo(),
            item.bodyEn())) {
      doc.add(new TextField("text", text, Field.Store.YES));
    }
    for (SearchDocument.Attachment attachment : item.attachments()) {
      doc.add(new TextField("files", attachment.text(), Field.Store.YES));
    }
    return doc;
  }
}
