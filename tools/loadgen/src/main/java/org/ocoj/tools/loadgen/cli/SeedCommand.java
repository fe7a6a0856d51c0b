package org.ocoj.tools.loadgen.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ocoj.tools.loadgen.db.DatabaseSeeder;
import org.ocoj.tools.loadgen.net.LoopbackGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loadgen seed}: many computers written straight into the platform schema. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Insert N computers into an OCO-J MariaDB/MySQL database (for tests only).")
public final class SeedCommand implements Callable<Integer> {

    @Option(names = "--db-url", required = true, description = "e.g. jdbc:mariadb://127.0.0.1:3306/oco")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "root", description = "(default: ${DEFAULT-VALUE})")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "(default: empty)")
    String dbPassword;

    @Option(names = "--count", defaultValue = "100000", description = "Computers to insert (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--prefix", defaultValue = "seed-", description = "Hostnames <prefix><n> (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--seed-secret", defaultValue = "loadgen", description = "Secret the agent/server keys derive from.")
    String secret;

    @Option(names = "--allow-remote", description = "Allow a database that is not on this machine.")
    boolean allowRemote;

    @Override
    public Integer call() throws SQLException {
        if (count < 1 || prefix.length() + String.valueOf(count).length() > 200) {
            throw new IllegalArgumentException("--count must be positive and hostnames at most 200 characters");
        }
        LoopbackGuard.checkJdbc(dbUrl, allowRemote);
        new DatabaseSeeder(dbUrl, dbUser, dbPassword).seed(prefix, count, secret, System.out);
        return 0;
    }
}
