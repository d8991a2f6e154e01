package la.gov.gweb.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from its Maven Central webjar, run inside the page that the browser shows, with the
 * WCAG 2.0 and 2.1 A and AA rules. Each violation comes back as one readable line: the rule, its
 * impact, what it asks for, and the elements that break it.
 */
final class Axe {

    private static final String SOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n      '
                    + v.nodes.map(n => n.target.join(' ') + ' -> ' + n.failureSummary.replace(/\\n/g, ' ')).join('\\n      '))))
                .catch(error => done(['axe failed: ' + error]));
            """;

    private static final String script = load();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(script);
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + SOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
