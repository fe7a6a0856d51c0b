package org.ocoj.tools.loadgen.crash;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A crash test of the server bundle: start it, run a mixed load, kill it ({@code kill -9}) at a random moment,
 * restart it, check that everything it acknowledged is still there — {@code kills} times. The API for tools
 * (tools/reliability) and tests; {@code loadgen crash} is its command line.
 *
 * @param serverDir the bundle, e.g. {@code dist/target/oco-server}
 * @param database where the server keeps its data
 * @param mariaDbServer for {@link Database#MARIADB}: a JDBC URL of the server to create a throw-away database in
 *     (user root, no password), e.g. {@code jdbc:mariadb://127.0.0.1:3306/}; that server is never killed
 * @param kills how many crashes
 * @param initialAgents agents at the start; {@code newAgentsPerRound} more register in every round
 * @param concurrency parallel requests of the load (and of the checks)
 * @param minLoad shortest load before a crash; the moment is uniform between this and {@code maxLoad}
 * @param kill what a crash kills
 * @param seed makes the crash moments and the load's choices repeatable
 * @param workDir data directory, server log and the like (kept for a look afterwards)
 * @param out progress lines and the final table
 */
public record CrashScenario(Path serverDir, Database database, String mariaDbServer, int kills, int initialAgents,
        int newAgentsPerRound, int concurrency, Duration minLoad, Duration maxLoad, KillTarget kill, long seed,
        Path workDir, PrintStream out) {

    /** Where the server under test keeps its data. */
    public enum Database {
        /** The default: the embedded MariaDB in the data directory (killed with the server). */
        EMBEDDED,
        /** A database server the bundle connects to (only the OCO-J server is killed). */
        MARIADB,
        /** The former default, an H2 file in the data directory (explicit URL): for comparison only. */
        H2
    }

    /** A scenario with the usual load: 40 agents, 10 more per round, 16 in parallel, 2–6 s between crashes. */
    public static CrashScenario of(Path serverDir, Database database, int kills, Path workDir, PrintStream out) {
        return new CrashScenario(serverDir, database, "jdbc:mariadb://127.0.0.1:3306/", kills, 40, 10, 16,
                Duration.ofSeconds(2), Duration.ofSeconds(6), KillTarget.GROUP, 1, workDir, out);
    }

    public CrashScenario withKillTarget(KillTarget target) {
        return new CrashScenario(serverDir, database, mariaDbServer, kills, initialAgents, newAgentsPerRound,
                concurrency, minLoad, maxLoad, target, seed, workDir, out);
    }

    /** Runs it: the report says what was lost (nothing, if the server keeps its word). */
    public CrashReport run() throws InterruptedException {
        return new CrashRun(this).run();
    }
}
