package org.ocoj.platform.db.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Settings of the embedded MariaDB that serves as the database when no {@code oco.db.url} is configured.
 *
 * @param home the MariaDB installation: the bundle's {@code lib/mariadb}, or e.g. {@code /usr} with Debian's
 *     mariadb-server ({@code oco.embedded-db.home})
 * @param dataDir where the database lives: {@code <oco.data.dir>/mariadb}
 * @param bufferPoolSize InnoDB's buffer pool, e.g. {@code 128M} ({@code oco.embedded-db.buffer-pool-size})
 * @param extraOptions further mariadbd options, appended last so they win ({@code oco.embedded-db.options})
 * @param startTimeout how long crash recovery and start may take before start-up gives up
 */
public record EmbeddedDatabaseSettings(Path home, Path dataDir, String bufferPoolSize, List<String> extraOptions,
        Duration startTimeout) {

    public static final String HOME = "oco.embedded-db.home";

    public static EmbeddedDatabaseSettings from(Config config) {
        Path data = Path.of(config.getOptionalValue("oco.data.dir", String.class).orElse("data"))
                .toAbsolutePath().normalize();
        Path home = config.getOptionalValue(HOME, String.class)
                .map(value -> Path.of(value).toAbsolutePath().normalize())
                .orElse(null);
        String options = config.getOptionalValue("oco.embedded-db.options", String.class).orElse("");
        return new EmbeddedDatabaseSettings(home, data.resolve("mariadb"),
                config.getOptionalValue("oco.embedded-db.buffer-pool-size", String.class).orElse("128M"),
                Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList(),
                Duration.ofSeconds(config.getOptionalValue("oco.embedded-db.start-timeout-seconds", Integer.class)
                        .orElse(600)));
    }

    /** For the start-up line: where the data is, never a secret. */
    public String describe() {
        return "embedded MariaDB in " + dataDir;
    }
}
