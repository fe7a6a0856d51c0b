package org.ocoj.platform.db.h2import;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.ConfiguredDataSource;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.settings.SettingsService;

/**
 * At start-up, after the migrations and before anything writes: brings the H2 database of an earlier version
 * (the former default, {@code <data dir>/oco.mv.db}) into the embedded MariaDB that replaced it as the default.
 * Only when no database URL is configured: with {@code OCO_DB_URL=jdbc:h2:…} the H2 database stays in use.
 */
@ApplicationScoped
public class LegacyH2Import {

    @Inject
    ServerConfig config;
    @Inject
    SettingsService settings;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    public void importIfPending(Consumer<String> progress) {
        if (config.value("oco.db.url").isPresent() || !H2DatabaseImport.pending(config.dataDir())) {
            return;
        }
        Properties login = new Properties();
        login.setProperty("user", config.value("oco.db.user").orElse("oco")); // the former default's user
        login.setProperty("password", config.value("oco.db.password").orElse(""));
        H2DatabaseImport importer = new H2DatabaseImport(config.dataDir(), ConfiguredDataSource.driverFor("jdbc:h2:"),
                login, dataSource, progress);
        if (importer.runIfPending()) {
            settings.reload(); // the imported settings (e.g. the registration key) replace anything read before
        }
    }
}
