package la.gov.gweb.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import la.gov.gweb.config.PlatformSettings;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A data source that takes its URL and credentials from {@link PlatformSettings}, so that one
 * {@code <data-source>} declaration serves embedded H2 and MySQL alike and every setting comes
 * from the environment with a default. The container pools it; Flyway uses it unpooled, so that
 * the schema switches of a migration never leak into pooled connections.
 */
public class ConfiguredDataSource implements DataSource {

    private final PlatformSettings settings;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** Used by the container for the {@code java:app/jdbc/gweb} pool. */
    public ConfiguredDataSource() {
        this(PlatformSettings.from(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())));
    }

    /** Creates an unpooled data source over the given settings. */
    public ConfiguredDataSource(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.dbUser(), settings.dbPassword());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? settings.dbUser() : user);
        properties.setProperty("password", password == null ? settings.dbPassword() : password);
        Connection connection = driver().connect(settings.dbUrl(), properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + settings.dbUrl());
        }
        return connection;
    }

    /** The driver comes from this application's class loader, where the MySQL driver lives. */
    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
                if (candidate.acceptsURL(settings.dbUrl())) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                found = DriverManager.getDriver(settings.dbUrl());
            }
            driver = found;
        }
        return found;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
