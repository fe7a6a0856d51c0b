package org.ocoj.tools.loadgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.ocoj.tools.loadgen.db.StatementCounter;
import org.ocoj.tools.loadgen.net.LoopbackGuard;
import org.ocoj.tools.loadgen.run.StatementProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loadgen statements}: SQL statements per hello / unchanged update / changed update (MariaDB, MySQL). */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Count SQL statements per agent request (median of Questions deltas; run on a quiet server).")
public final class StatementsCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = "--db-url", defaultValue = "jdbc:mariadb://127.0.0.1:3306/",
            description = "Any JDBC URL of the server's database server (default: ${DEFAULT-VALUE}).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "root")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "")
    String dbPassword;

    @Option(names = "--samples", defaultValue = "25", description = "Requests per kind (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--pre-register", description = "Create the computer via the client API instead of self-registration.")
    boolean preRegister;

    @Option(names = "--markdown", description = "Append the results as table rows to this file.")
    Path markdown;

    @Override
    public Integer call() throws Exception {
        LoopbackGuard.checkJdbc(dbUrl, server.allowRemote);
        String hostname = "stmt-" + UUID.randomUUID().toString().substring(0, 8);
        try (StatementCounter counter = new StatementCounter(dbUrl, dbUser, dbPassword)) {
            Map<String, Long> counts = new StatementProbe(server.target(), server.timeout, System.out)
                    .measure(hostname, server.registrationKey, preRegister ? server.clientApi() : null, counter,
                            samples);
            if (markdown != null) {
                StringBuilder rows = new StringBuilder();
                counts.forEach((kind, n) -> rows.append("| ").append(kind).append(" | ").append(n).append(" |")
                        .append(System.lineSeparator()));
                Files.writeString(markdown, rows, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        return 0;
    }
}
