package la.gov.gweb.web.it;

import java.net.URL;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the Arquillian tests: one Payara Micro with the production WAR for the whole run
 * (a boot costs a minute on these machines), on the run's fresh database, and a client that
 * reaches it with any site's Host header. Test classes share the platform's data, as they share
 * the database: each makes the sites and pages it changes.
 */
@ArquillianSuiteDeployment
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
abstract class DeployedPlatform {

    @ArquillianResource
    URL deployment;

    SiteClient client;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformArchive.create();
    }

    @BeforeEach
    void connect() {
        client = new SiteClient(deployment);
    }
}
