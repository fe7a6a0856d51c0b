package org.ocoj.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's exit statuses and --print-inventory, without sending anything. */
class AgentCommandTest {
    @TempDir
    Path dir;

    @Test
    void exitsWithStatusTwoOnABadConfig() throws Exception {
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nread-timeout = forever\n");
        assertEquals(AgentCommand.EXIT_BAD_CONFIG, run("--once", "--config", ini.toString()));
        assertEquals(AgentCommand.EXIT_BAD_CONFIG, run("--once", "--config", dir.resolve("missing.ini").toString()));
    }

    @Test
    void exitsWithStatusOneWhenTheServerDoesNotAnswer() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nagent-key = k\ntimestamp-file = " + dir.resolve("ts") + "\n"
                + "[server]\napi-url = http://127.0.0.1:" + port + "/api-agent.php\n");
        assertEquals(AgentCommand.EXIT_CHECK_IN_FAILED, run("--once", "--config", ini.toString()));
        assertTrue(Files.notExists(dir.resolve("ts")));
    }

    @Test
    void printsTheInventoryWithoutAConfigFile() {
        StringWriter out = new StringWriter();
        int status = new CommandLine(new AgentCommand().printTo(new PrintWriter(out)))
                .execute("--print-inventory", "--config", dir.resolve("none.ini").toString(),
                        "--plugins", dir.resolve("no-plugins").toString());
        assertEquals(AgentCommand.EXIT_OK, status);
        assertTrue(out.toString().contains("\"agent_version\" : \"1.2.0\""), out.toString());
        assertTrue(out.toString().contains("\"battery_level\" : false"), out.toString());
    }

    private int run(String... args) {
        String[] withPlugins = new String[args.length + 2];
        System.arraycopy(args, 0, withPlugins, 0, args.length);
        withPlugins[args.length] = "--plugins";
        withPlugins[args.length + 1] = dir.resolve("no-plugins").toString();
        return new CommandLine(new AgentCommand()).execute(withPlugins);
    }
}
