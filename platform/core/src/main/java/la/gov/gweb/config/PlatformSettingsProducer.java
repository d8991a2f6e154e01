package la.gov.gweb.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the settings once per deployment and offers them for injection. */
@ApplicationScoped
public class PlatformSettingsProducer {

    @Produces
    @Singleton
    PlatformSettings settings() {
        return PlatformSettings.from(ConfigProvider.getConfig(PlatformSettings.class.getClassLoader()));
    }
}
