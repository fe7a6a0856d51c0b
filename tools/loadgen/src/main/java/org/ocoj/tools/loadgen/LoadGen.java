package org.ocoj.tools.loadgen;

import org.ocoj.tools.loadgen.cli.CrashCommand;
import org.ocoj.tools.loadgen.cli.RunCommand;
import org.ocoj.tools.loadgen.cli.SeedCommand;
import org.ocoj.tools.loadgen.cli.StatementsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar loadgen.jar run|seed|statements|crash …} — see docs/performance.md. */
@Command(name = "loadgen", mixinStandardHelpOptions = true, version = "OCO-J loadgen 0.1",
        description = "Simulated OCO agents for load tests of an OCO-J server (loopback targets only by default).",
        subcommands = {RunCommand.class, SeedCommand.class, StatementsCommand.class, CrashCommand.class})
public final class LoadGen {

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGen()).execute(args));
    }
}
