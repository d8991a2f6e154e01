package la.gov.gweb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Logger;

/**
 * Deregisters the JDBC drivers this application loaded (the MySQL driver registers itself when
 * it is loaded), so that an undeployed or redeployed application does not stay in memory
 * through the JVM-wide driver registry.
 */
@ApplicationScoped
public class DriverDeregistration {

    private static final Logger LOG = Logger.getLogger(DriverDeregistration.class.getName());

    void deregister(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        ClassLoader application = DriverDeregistration.class.getClassLoader();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == application) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    LOG.warning(() -> "Could not deregister " + driver + ": " + e.getMessage());
                }
            }
        }
    }
}
