package org.ocoj.agent.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.ocoj.agent.checkin.AgentVersion;
import org.ocoj.agent.checkin.LocalIdentity;
import org.ocoj.agent.collect.AgentCollectorContext;
import org.ocoj.agent.collect.CollectedInventory;
import org.ocoj.agent.collect.CollectorHost;
import org.ocoj.agent.collect.CollectorRunner;
import org.ocoj.agent.collect.InventoryJson;
import org.ocoj.agent.collect.ServiceCheckRunner;
import org.ocoj.agent.config.AgentConfigFile;
import org.ocoj.agent.config.ConfigException;
import org.ocoj.agent.protocol.JsonCodec;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code oco-agent}: the command line (issue 5, SPEC 4.1). Exit status 0 = success, 1 = check-in failed, 2 = bad config. */
@Command(name = "oco-agent", mixinStandardHelpOptions = true, version = "OCO-J agent (protocol " + AgentVersion.WIRE + ")",
        description = "Reports this computer's inventory to an OCO or OCO-J server.")
public final class AgentCommand implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_CHECK_IN_FAILED = 1;
    static final int EXIT_BAD_CONFIG = 2;
    private static final Logger LOG = Logger.getLogger(AgentCommand.class.getName());

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/oco-agent.ini",
            description = "Agent configuration (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--once", description = "Check in once, then exit; the exit status says whether it worked.")
    boolean once;

    @Option(names = {"--force-update", "--force"}, description = "Ask the server to take an inventory update now.")
    boolean forceUpdate;

    @Option(names = "--debug", description = "Log every request and response.")
    boolean debug;

    @Option(names = "--print-inventory", description = "Collect the inventory, print the JSON that would be sent, send nothing.")
    boolean printInventory;

    @Option(names = "--print-services", description = "Run the service checks, print the services the hello would carry, send nothing.")
    boolean printServices;

    @Option(names = "--daemon", hidden = true, description = "Upstream compatibility: checking in repeatedly is the default.")
    boolean daemon;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Collector plugin directory (default: <agent home>/plugins).")
    Path pluginsDir = defaultPluginsDir();

    private PrintWriter out = new PrintWriter(System.out, true);

    public static void main(String[] args) {
        System.exit(new CommandLine(new AgentCommand()).execute(args));
    }

    /** For tests: where {@code --print-inventory} writes. */
    AgentCommand printTo(PrintWriter writer) {
        this.out = writer;
        return this;
    }

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure(debug);
        try {
            // --print-inventory and --print-services work without an ini; everything else needs one
            AgentConfigFile file = (printInventory || printServices) && !Files.exists(config) ? AgentConfigFile.defaults(config)
                    : AgentConfigFile.load(config);
            if (file.settings().debug()) {
                Logging.configure(true);
            }
            try (CollectorHost host = CollectorHost.start(List.of(pluginsDir, file.deliveredPluginsDir()))) {
                if (printInventory) {
                    return printInventory(file, new CollectorRunner(host::collectors, host::ownerOf));
                }
                if (printServices) {
                    return printServices(file, new ServiceCheckRunner(host.serviceCheckSources()));
                }
                AgentRuntime runtime = new AgentRuntime(file, host);
                if (once) {
                    return runtime.loop().runOnce(forceUpdate) ? EXIT_OK : EXIT_CHECK_IN_FAILED;
                }
                runUntilStopped(runtime);
                return EXIT_OK;
            }
        } catch (ConfigException e) {
            LOG.severe(e.getMessage());
            return EXIT_BAD_CONFIG;
        }
    }

    private void runUntilStopped(AgentRuntime runtime) throws InterruptedException {
        Thread main = Thread.currentThread();
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            main.interrupt();
            try {
                main.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown"));
        LOG.info("OCO-J agent started with " + runtime.configPath());
        try {
            runtime.loop().run(forceUpdate, running::get);
        } catch (InterruptedException e) {
            LOG.info("stopping");
        }
    }

    private int printInventory(AgentConfigFile file, CollectorRunner collectors) throws ConfigException {
        String hostname = LocalIdentity.detect(file.settings()).hostname();
        CollectedInventory inventory = collectors.collect(EnumSet.allOf(InventorySection.class),
                new AgentCollectorContext(Platform.current(), Optional.of(Instant.EPOCH), file::value));
        out.println(new JsonCodec().toPrettyString(InventoryJson.updateData(inventory, hostname, AgentVersion.WIRE)));
        out.flush();
        return inventory.leftOut().isEmpty() ? EXIT_OK : EXIT_CHECK_IN_FAILED;
    }

    /** Prints {@code services} as the next hello would send it ({@code null}: no check directory, or a failure). */
    private int printServices(AgentConfigFile file, ServiceCheckRunner serviceChecks) {
        var services = serviceChecks.run(new AgentCollectorContext(Platform.current(), Optional.empty(), file::value));
        out.println(new JsonCodec().toPrettyString(services.map(InventoryJson::services).orElse(null)));
        out.flush();
        return EXIT_OK;
    }

    /** The ini if there is one; the print options also work without. */

    private static Path defaultPluginsDir() {
        String home = System.getProperty("oco.agent.home");
        return home == null ? Path.of("plugins") : Path.of(home, "plugins");
    }
}
