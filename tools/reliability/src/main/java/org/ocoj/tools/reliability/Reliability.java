package org.ocoj.tools.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocoj.tools.reliability.server.ServerUnderTest;
import org.ocoj.tools.reliability.suite.Catalogue;
import org.ocoj.tools.reliability.suite.ResultTable;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.suite.SuiteRun;
import org.ocoj.tools.reliability.suite.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tools/reliability.sh}: starts the server bundle fresh per database, runs the scenarios against it and
 * prints the table (docs/reliability.md). Exit code 0 only if every scenario that ran held.
 */
@Command(name = "reliability", mixinStandardHelpOptions = true,
        description = "Faults and hostile input against the real server bundle; prints what held.")
public final class Reliability implements Callable<Integer> {

    @Option(names = "--db", defaultValue = "both", description = "embedded, mariadb or both (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--smoke", description = "The small variant (what mvn verify runs): minutes instead of tens of minutes.")
    boolean smoke;

    @Option(names = "--seed", defaultValue = "20261203", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--crash-rounds", description = "kill -9 rounds of the crash scenario (default: 50, smoke 3).")
    Integer crashRounds;

    @Option(names = "--fuzz-requests", description = "Requests per fuzz (default: 10000, smoke 1000).")
    Integer fuzzRequests;

    @Option(names = "--scenario", description = "Only these scenarios: comma-separated names or parts of names.")
    String scenario;

    @Option(names = "--budget", defaultValue = "60", description = "Minutes for the whole run; scenarios that would "
            + "start later are reported as not run (default: ${DEFAULT-VALUE}).")
    long budgetMinutes;

    @Option(names = "--bundle", defaultValue = "dist/target/oco-server", description = "The server bundle (default: ${DEFAULT-VALUE}).")
    Path bundle;

    @Option(names = "--work", description = "Folder for server logs and data (default: a new one under /tmp).")
    Path work;

    @Option(names = "--markdown", description = "Append the results as markdown to this file.")
    Path markdown;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Reliability()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = System.out;
        List<Scenario> scenarios = Catalogue.select(scenario);
        Size size = smoke ? Size.smoke(seed) : Size.full(seed);
        if (fuzzRequests != null) {
            size = size.withFuzzRequests(fuzzRequests);
        }
        if (crashRounds != null) {
            size = size.withCrashRounds(crashRounds);
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("oco-reliability-");
        long deadline = System.nanoTime() + Duration.ofMinutes(budgetMinutes).toNanos();
        List<String> databases = "both".equals(db) ? List.of(ServerUnderTest.EMBEDDED, ServerUnderTest.MARIADB) : List.of(db);
        StringBuilder report = new StringBuilder();
        boolean clean = true;
        long started = System.nanoTime();
        for (int i = 0; i < databases.size(); i++) {
            String database = databases.get(i);
            // each database gets an equal share of what is left, so a slow first run cannot starve the second
            long share = (deadline - System.nanoTime()) / (databases.size() - i);
            long databaseDeadline = System.nanoTime() + share;
            out.printf("reliability: starting the server bundle on %s (logs in %s)%n", database, folder);
            List<ScenarioResult> results = new ArrayList<>();
            try (ServerUnderTest server = ServerUnderTest.start(database, bundle.toAbsolutePath(), folder)) {
                // stopped by the wrapper's timeout (SIGTERM): take the server and its database down too
                Thread cleanup = new Thread(server::close, "stop-server-under-test");
                Runtime.getRuntime().addShutdownHook(cleanup);
                results.addAll(new SuiteRun(server.target(), size, out).run(scenarios, databaseDeadline));
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
            String title = "database: " + database + (smoke ? " (smoke)" : "");
            out.println();
            out.println(ResultTable.text(title, results));
            report.append("#### ").append(title).append("\n\n").append(ResultTable.markdown(results)).append('\n');
            clean &= results.stream().allMatch(r -> r.verdict() == Verdict.PASS || r.verdict() == Verdict.NOT_AVAILABLE);
        }
        String heading = String.format("### Run of %s (%d min)%n%n- command: `%s`%n- server: %s%n- machine: %s%n%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Duration.ofNanos(System.nanoTime() - started).toMinutes(),
                System.getenv().getOrDefault("RELIABILITY_COMMAND", "reliability"),
                System.getenv().getOrDefault("RELIABILITY_REVISION", bundle.toString()), Machine.describe());
        if (markdown != null) {
            Files.writeString(markdown, heading + report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            out.println("reliability: results appended to " + markdown);
        }
        out.println(clean ? "reliability: every scenario that ran held" : "reliability: FAILED (see the rows above)");
        return clean ? 0 : 1;
    }
}
