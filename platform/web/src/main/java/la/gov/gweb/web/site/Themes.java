package la.gov.gweb.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import la.gov.gweb.platform.InstalledThemes;

/**
 * The themes this deployment has: resource library contracts under {@code META-INF/contracts/}.
 * A site whose theme is not installed falls back to the standard one instead of failing.
 */
@ApplicationScoped
public class Themes {

    public static final String STANDARD = "gweb-standard";

    private final Map<String, Boolean> installed = new ConcurrentHashMap<>();

    public String contractFor(String theme) {
        boolean present = installed.computeIfAbsent(theme, InstalledThemes::isInstalled);
        return present ? theme : STANDARD;
    }
}
