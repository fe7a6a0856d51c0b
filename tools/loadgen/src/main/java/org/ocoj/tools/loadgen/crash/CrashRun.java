package org.ocoj.tools.loadgen.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.verify.ClientApi;

/** Runs a {@link CrashScenario}: the rounds of load, crash, restart and check. */
final class CrashRun {

    private final CrashScenario scenario;
    private final Random random;
    private final String registrationKey = secret();
    private final String adminPassword = secret();
    private final String apiKey = secret();
    private final List<CrashAgent> agents = new ArrayList<>();
    private final LoadCounts counts = new LoadCounts();
    private final List<Duration> restarts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long lost;

    CrashRun(CrashScenario scenario) {
        this.scenario = scenario;
        this.random = new Random(scenario.seed());
    }

    CrashReport run() throws InterruptedException {
        String database = scenario.database() != CrashScenario.Database.MARIADB ? null
                : "ocoj_crash_" + Long.toHexString(random.nextLong() & 0xffffffL);
        int port = freePort();
        URI target = URI.create("http://127.0.0.1:" + port + "/");
        InventoryTemplate template = InventoryTemplate.load(null);
        int kills = 0;
        try {
            Files.createDirectories(scenario.workDir());
            if (database != null) {
                execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            }
            try (CrashableServer server = new CrashableServer(scenario.serverDir(), environment(port, database),
                    scenario.workDir().resolve("server.log"), Duration.ofMinutes(5));
                 AgentTransport transport = new AgentTransport(target, Duration.ofSeconds(30))) {
                scenario.out().printf("crash: %s, %d kills (%s), load %d-%d s per round, server log %s%n",
                        label(), scenario.kills(), scenario.kill().name().toLowerCase(), scenario.minLoad().toSeconds(),
                        scenario.maxLoad().toSeconds(), scenario.workDir().resolve("server.log"));
                server.start();
                ClientApi api = new ClientApi(target, "admin", adminPassword, apiKey);
                MixedLoad load = new MixedLoad(transport, template, counts, scenario.concurrency(), random.nextLong());
                DurabilityCheck check = new DurabilityCheck(transport, template, api, scenario.concurrency(),
                        random.nextLong());
                addAgents(scenario.initialAgents());
                for (int kill = 1; kill <= scenario.kills(); kill++) {
                    addAgents(scenario.newAgentsPerRound());
                    long before = counts.requests.get();
                    long loadMillis = loadMillis();
                    load.start(agents);
                    Thread.sleep(loadMillis);
                    server.kill(scenario.kill());
                    load.stop();
                    Duration restart = server.start();
                    restarts.add(restart);
                    kills = kill;
                    DurabilityCheck.Findings findings = check.run(agents, kill == scenario.kills());
                    lost += findings.lost();
                    problems.addAll(findings.problems());
                    scenario.out().printf("crash %d/%d after %.1f s of load (%d requests, failed: %s): restarted in "
                                    + "%.1f s; checked %d keys, %d inventories, %d event logs: %d lost%n",
                            kill, scenario.kills(), loadMillis / 1000.0, counts.requests.get() - before,
                            counts.takeFailures(),
                            restart.toMillis() / 1000.0, findings.keysChecked(), findings.inventoriesChecked(),
                            findings.eventLogsChecked(), findings.lost());
                    findings.problems().forEach(problem -> scenario.out().println("  LOST: " + problem));
                }
            }
        } catch (IllegalStateException | UncheckedIOException | IOException e) {
            problems.add("after " + kills + " kill(s): " + e.getMessage());
            scenario.out().println("crash: " + e.getMessage());
        } finally {
            if (database != null) {
                dropQuietly(database);
            }
        }
        CrashReport report = new CrashReport(label(), kills, counts.requests.get(), counts.acknowledged.get(),
                counts.inDoubt.get(), lost, counts.serverErrors.get(), List.copyOf(restarts), List.copyOf(problems));
        scenario.out().print(report.table());
        return report;
    }

    private String label() {
        return switch (scenario.database()) {
            case EMBEDDED -> "embedded MariaDB";
            case MARIADB -> "MariaDB server";
            case H2 -> "H2 file (legacy URL)";
        };
    }

    private Map<String, String> environment(int port, String database) {
        Map<String, String> env = new HashMap<>();
        env.put("OCO_HTTP_PORT", String.valueOf(port));
        env.put("OCO_DATA_DIR", scenario.workDir().resolve("data").toString());
        env.put("OCO_SELF_REGISTRATION", "true");
        env.put("OCO_AGENT_REGISTRATION_KEY", registrationKey);
        env.put("OCO_ADMIN_PASSWORD", adminPassword);
        env.put("OCO_CLIENT_API_KEY", apiKey);
        env.put("OCO_JAVA_OPTS", "-Xmx512m");
        if (scenario.database() == CrashScenario.Database.H2) {
            env.put("OCO_DB_URL", "jdbc:h2:file:" + scenario.workDir().resolve("data/oco") + ";MODE=MySQL;"
                    + "DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;IGNORECASE=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        }
        if (database != null) {
            env.put("OCO_DB_URL", scenario.mariaDbServer() + database);
            env.put("OCO_DB_USER", "root");
            env.put("OCO_DB_PASSWORD", "");
        }
        return env;
    }

    private void addAgents(int count) {
        String prefix = "crash-" + Long.toHexString(scenario.seed() & 0xffff) + "-";
        for (int i = 0; i < count; i++) {
            int index = agents.size();
            agents.add(new CrashAgent(new SimulatedAgent(index, prefix + index, registrationKey, null)));
        }
    }

    private long loadMillis() {
        long min = scenario.minLoad().toMillis();
        long max = Math.max(min, scenario.maxLoad().toMillis());
        return min + (max > min ? (long) (random.nextDouble() * (max - min)) : 0);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(scenario.mariaDbServer().replace("jdbc:mariadb:",
                "jdbc:mysql:"), "root", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + scenario.mariaDbServer() + " (root, no password): "
                    + e.getMessage(), e);
        }
    }

    private void dropQuietly(String database) {
        try {
            execute("DROP DATABASE IF EXISTS " + database);
        } catch (IllegalStateException e) {
            scenario.out().println("crash: could not drop the test database " + database + ": " + e.getMessage());
        }
    }

    private static String secret() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
