/**
 * JMH benchmarks of indexing throughput and query latency on synthetic Lao sites; not run by
 * {@code mvn test}. Run them from the repository root with {@code mvn -q -f
 * platform/search/pom.xml test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.openjdk.jmh.Main
 * la.gov.gweb.search.bench"}, adding JMH options such as {@code -p items=10000} at the end.
 */
package la.gov.gweb.search.bench;
