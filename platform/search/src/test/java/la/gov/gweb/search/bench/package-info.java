/**
 * JMH benchmarks of bulk indexing, query latency and analyzer throughput on synthetic Lao sites;
 * never run by {@code mvn test} or {@code mvn verify}. Run them from the repository root with
 * {@code mvn -q -B -pl platform/search -am -Pbench verify}, which ends with a summary ({@link
 * la.gov.gweb.search.bench.BenchmarkMain}); pass JMH options with {@code -Dbench.args="..."}, such
 * as {@code -Dbench.args="-p items=10000 QueryBenchmark"}.
 */
package la.gov.gweb.search.bench;
