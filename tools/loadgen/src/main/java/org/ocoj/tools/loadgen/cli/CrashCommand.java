package org.ocoj.tools.loadgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.ocoj.tools.loadgen.crash.CrashReport;
import org.ocoj.tools.loadgen.crash.CrashScenario;
import org.ocoj.tools.loadgen.crash.KillTarget;
import org.ocoj.tools.loadgen.net.LoopbackGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loadgen crash}: kill -9 the server bundle under load, again and again; nothing acknowledged may be lost. */
@Command(name = "crash", mixinStandardHelpOptions = true,
        description = "Start the server bundle, run a mixed load, kill it (SIGKILL to its process group) at random "
                + "moments, restart it and check that every request it answered 200 is still there. Exits 1 on any loss.")
public final class CrashCommand implements Callable<Integer> {

    @Option(names = "--server-dir", defaultValue = "dist/target/oco-server",
            description = "The server bundle (default: ${DEFAULT-VALUE}).")
    Path serverDir;

    @Option(names = "--db", defaultValue = "embedded",
            description = "embedded (the default database, killed with the server) or mariadb (a throw-away database "
                    + "on --mariadb, which is never killed); h2: the former default H2 file, for comparison (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--mariadb", defaultValue = "jdbc:mariadb://127.0.0.1:3306/",
            description = "MariaDB server for --db mariadb, user root without password (default: ${DEFAULT-VALUE}).")
    String mariaDbServer;

    @Option(names = "--kills", defaultValue = "50", description = "Crashes (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--kill", defaultValue = "group",
            description = "group (launcher, JVM and embedded mariadbd at once) or java (the JVM alone; the next start "
                    + "must stop the orphaned mariadbd) (default: ${DEFAULT-VALUE}).")
    String kill;

    @Option(names = "--agents", defaultValue = "40", description = "Agents at the start (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--new-agents", defaultValue = "10",
            description = "Agents that register in every round (default: ${DEFAULT-VALUE}).")
    int newAgents;

    @Option(names = "--concurrency", defaultValue = "16", description = "Parallel requests (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--min-load", defaultValue = "2s", converter = DurationConverter.class,
            description = "Shortest load before a crash (default: ${DEFAULT-VALUE}).")
    Duration minLoad;

    @Option(names = "--max-load", defaultValue = "6s", converter = DurationConverter.class,
            description = "Longest load before a crash (default: ${DEFAULT-VALUE}).")
    Duration maxLoad;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work-dir", description = "Data directory and server log (default: a new temporary folder).")
    Path workDir;

    @Option(names = "--allow-remote", description = "Allow a --mariadb that is not on this machine.")
    boolean allowRemote;

    @Override
    public Integer call() throws Exception {
        CrashScenario.Database db = switch (database) {
            case "embedded" -> CrashScenario.Database.EMBEDDED;
            case "mariadb" -> CrashScenario.Database.MARIADB;
            case "h2" -> CrashScenario.Database.H2;
            default -> throw new IllegalArgumentException("--db must be embedded, mariadb or h2, not " + database);
        };
        KillTarget target = switch (kill) {
            case "group" -> KillTarget.GROUP;
            case "java" -> KillTarget.JAVA;
            default -> throw new IllegalArgumentException("--kill must be group or java, not " + kill);
        };
        if (!Files.isExecutable(serverDir.resolve("bin/oco-server"))) {
            throw new IllegalArgumentException(serverDir + " is no server bundle (no bin/oco-server): build it with "
                    + "mvn -pl dist -am package -DskipTests");
        }
        if (db == CrashScenario.Database.MARIADB) {
            LoopbackGuard.checkJdbc(mariaDbServer, allowRemote);
        }
        Path work = workDir != null ? workDir : Files.createTempDirectory("oco-crash");
        CrashReport report = new CrashScenario(serverDir.toAbsolutePath(), db, mariaDbServer, kills, agents, newAgents,
                concurrency, minLoad, maxLoad, target, seed, work, System.out).run();
        if (!report.ok()) {
            System.out.println("crash: " + report.lost() + " acknowledged write(s) lost"
                    + (report.problems().isEmpty() ? "" : "; " + report.problems().size() + " problem(s), e.g. "
                    + report.problems().get(0)));
            return 1;
        }
        return 0;
    }
}
