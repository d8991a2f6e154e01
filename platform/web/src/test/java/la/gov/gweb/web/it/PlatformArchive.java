package la.gov.gweb.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the WAR exactly as built for production, plus the
 * test fixtures, deployed at the root context as in production.
 */
public final class PlatformArchive {

    private PlatformArchive() {
    }

    public static WebArchive create() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(built)
                .addClasses(ItFixtures.class, ItContent.class);
    }
}
