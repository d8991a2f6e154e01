package la.gov.gweb.search.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import la.gov.gweb.lao.analysis.LaoAnalyzer;
import la.gov.gweb.lao.analysis.LaoSyllableAnalyzer;
import la.gov.gweb.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Analyzer throughput on the Lao bodies of synthetic items: the secondary results {@code tokens}
 * and {@code chars} are per second. {@code icu} (a bare {@link ICUTokenizer}, the dictionary
 * segmentation that {@link LaoAnalyzer} builds on) and {@code standard} (Lucene's {@link
 * StandardAnalyzer}, which keeps each run of Lao letters as one token) are references, measured in
 * the same run so that the ratios hold on a busy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AnalyzerBenchmark {

  private static final int TEXTS = 500;

  @Param({"lao", "syllables", "icu", "standard"})
  public String analyzer;

  private Analyzer instance;
  private String[] texts;
  private int next;

  /** Tokens and characters analyzed, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long tokens;
    public long chars;

    /** Starts every iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
      chars = 0;
    }
  }

  /** Makes the analyzer and the texts. */
  @Setup(Level.Trial)
  public void makeTexts() {
    instance =
        switch (analyzer) {
          case "lao" -> new LaoAnalyzer();
          case "syllables" -> new LaoSyllableAnalyzer();
          case "icu" -> new BareIcuAnalyzer();
          case "standard" -> new StandardAnalyzer();
          default -> throw new IllegalArgumentException("Unknown analyzer " + analyzer);
        };
    SyntheticSite site = new SyntheticSite(3);
    texts = new String[TEXTS];
    for (int i = 0; i < TEXTS; i++) {
      SearchDocument item = site.item("bench", i + 1);
      texts[i] = item.bodyLo();
    }
  }

  /** Closes the analyzer. */
  @TearDown(Level.Trial)
  public void close() {
    instance.close();
  }

  /** Analyzes one text, as indexing a field does. */
  @Benchmark
  public void analyze(Counts counts) throws IOException {
    String text = texts[next++ % TEXTS];
    try (TokenStream stream = instance.tokenStream("body", text)) {
      stream.reset();
      while (stream.incrementToken()) {
        counts.tokens++;
      }
      stream.end();
    }
    counts.chars += text.length();
  }

  /** {@link ICUTokenizer} alone, in its default configuration. */
  private static final class BareIcuAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new ICUTokenizer());
    }
  }
}
