package la.gov.gweb.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The container's description of the {@code gweb} unit, handed to EclipseLink again for each
 * site's own factory. The container's factory already registered the weaver that enhances the
 * entity classes, so a second weaver is refused: it would enhance classes loaded later twice.
 */
final class WovenUnitInfo implements PersistenceUnitInfo {

    private final PersistenceUnitInfo unit;

    WovenUnitInfo(PersistenceUnitInfo unit) {
        this.unit = unit;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // The entity classes are woven once, by the transformer of the container's own factory.
    }

    @Override
    public String getPersistenceUnitName() {
        return unit.getPersistenceUnitName();
    }

    @Override
    public String getPersistenceProviderClassName() {
        return unit.getPersistenceProviderClassName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return unit.getTransactionType();
    }

    @Override
    public DataSource getJtaDataSource() {
        return unit.getJtaDataSource();
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return unit.getNonJtaDataSource();
    }

    @Override
    public List<String> getMappingFileNames() {
        return unit.getMappingFileNames();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return unit.getJarFileUrls();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return unit.getPersistenceUnitRootUrl();
    }

    @Override
    public List<String> getManagedClassNames() {
        return unit.getManagedClassNames();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return unit.excludeUnlistedClasses();
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return unit.getSharedCacheMode();
    }

    @Override
    public ValidationMode getValidationMode() {
        return unit.getValidationMode();
    }

    @Override
    public Properties getProperties() {
        return unit.getProperties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return unit.getPersistenceXMLSchemaVersion();
    }

    @Override
    public ClassLoader getClassLoader() {
        return unit.getClassLoader();
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return unit.getNewTempClassLoader();
    }
}
