package la.gov.gweb.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The themes this deployment has: resource library contracts under {@code META-INF/contracts/}.
 * Every theme is laid over the standard one: a view looks up each template, part and stylesheet
 * in the site's theme first and then in {@code gweb-standard}, so a theme holds only what it
 * changes. A site whose theme is not installed gets the standard one instead of failing.
 */
@ApplicationScoped
public class Themes {

    public static final String STANDARD = "gweb-standard";

    private final Map<String, Boolean> installed = new ConcurrentHashMap<>();

    /** The value of a view's {@code contracts} attribute for a site's theme. */
    public String contractFor(String theme) {
        boolean present = installed.computeIfAbsent(theme, name -> name.matches("[a-z0-9-]{1,50}")
                && Themes.class.getClassLoader()
                        .getResource("META-INF/contracts/" + name + "/jakarta.faces.contract.xml") != null);
        return present && !STANDARD.equals(theme) ? theme + "," + STANDARD : STANDARD;
    }
}
