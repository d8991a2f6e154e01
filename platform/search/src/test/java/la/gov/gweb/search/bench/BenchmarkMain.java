package la.gov.gweb.search.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks that the search targets are checked with, and ends with a summary: bulk
 * index rate, query latency at 100,000 items and analyzer throughput, each next to a reference
 * measured in the same run. Arguments are JMH's own ({@code -h} lists them); without a benchmark
 * pattern, it runs {@link IndexingBenchmark}'s rebuild and plain Lucene reference, {@link
 * QueryBenchmark}'s first page by relevance and edit made searchable, and {@link
 * AnalyzerBenchmark}.
 *
 * <p>Medians are over measurement iterations; the machine may be shared, so compare ratios to the
 * references rather than raw figures between runs.
 */
public final class BenchmarkMain {

  private static final List<String> DEFAULT_BENCHMARKS =
      List.of(
          IndexingBenchmark.class.getName() + ".(rebuild|plainLucene)$",
          QueryBenchmark.class.getName() + ".(byRelevance|editThenFind)$",
          AnalyzerBenchmark.class.getName() + ".");

  private BenchmarkMain() {}

  /** Runs the benchmarks and prints the summary. */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(command);
    if (command.getIncludes().isEmpty()) {
      DEFAULT_BENCHMARKS.forEach(options::include);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    summary(results).forEach(System.out::println);
  }

  private static List<String> summary(Collection<RunResult> results) {
    List<String> lines = new ArrayList<>();
    lines.add("G-Web search benchmark summary (medians of the measurement iterations)");
    Map<String, Double> itemsPerSecond = new HashMap<>();
    Map<String, Double> tokensPerSecond = new HashMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Result<?> primary = run.getPrimaryResult();
      if (benchmark.startsWith(IndexingBenchmark.class.getName())) {
        String items = run.getParams().getParam("items");
        double rate = Integer.parseInt(items) / primary.getStatistics().getPercentile(50);
        itemsPerSecond.put(method, rate);
        lines.add(format("bulk index, %-13s %s items %,8.0f items/s", method, items, rate));
      } else if (benchmark.startsWith(QueryBenchmark.class.getName())) {
        lines.add(
            format(
                "query, %-13s %s items  p50 %6.1f ms  p95 %6.1f ms  (%s)",
                method,
                run.getParams().getParam("items"),
                primary.getStatistics().getPercentile(50),
                primary.getStatistics().getPercentile(95),
                primary.getScoreUnit()));
      } else if (benchmark.startsWith(AnalyzerBenchmark.class.getName())) {
        String analyzer = run.getParams().getParam("analyzer");
        double tokens = median(run, "tokens");
        tokensPerSecond.put(analyzer, tokens);
        lines.add(
            format(
                "analyzer %-11s %,12.0f tokens/s  %,12.0f chars/s",
                analyzer, tokens, median(run, "chars")));
      }
    }
    ratio(lines, "bulk index rebuild / plain Lucene", itemsPerSecond, "rebuild", "plainLucene");
    ratio(lines, "tokens/s lao / icu", tokensPerSecond, "lao", "icu");
    ratio(lines, "tokens/s syllables / icu", tokensPerSecond, "syllables", "icu");
    ratio(lines, "tokens/s lao / standard", tokensPerSecond, "lao", "standard");
    return lines;
  }

  private static double median(RunResult run, String counter) {
    Result<?> result = run.getSecondaryResults().get(counter);
    return result == null ? Double.NaN : result.getStatistics().getPercentile(50);
  }

  private static void ratio(
      List<String> lines, String label, Map<String, Double> values, String of, String to) {
    if (values.containsKey(of) && values.containsKey(to)) {
      lines.add(format("ratio %-35s %6.2f", label, values.get(of) / values.get(to)));
    }
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
