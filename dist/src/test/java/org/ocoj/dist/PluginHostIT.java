package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real plugin jar (built from this module's test classes) loaded by the running server: its extensions
 * answer while it is enabled and are no longer called once an admin disables it through the client API.
 */
@ExtendWith(SharedServer.class)
class PluginHostIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @Test
    void disabledPluginsExtensionsAreNotCalled() {
        String hostname = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());

        AgentClient.Reply probe = agent.call("oco.agent.probe", Map.of());
        assertEquals(200, probe.status(), probe.body());
        assertEquals("called", probe.params().get("probe"));
        assertEquals(hostname, probe.params().get("host"));
        Map<String, Object> ping = api.data("oco.probe.ping", Map.of());
        assertEquals(TestPluginJar.PLUGIN_ID, ping.get("plugin"), "the extension got its plugin's context");

        Map<String, Object> disabled = api.data("oco.plugin.disable", Map.of("id", TestPluginJar.PLUGIN_ID));
        assertEquals(false, disabled.get("enabled"));
        try {
            AgentClient.Reply refused = agent.call("oco.agent.probe", Map.of());
            assertEquals(400, refused.status());
            assertTrue(refused.errorMessage().contains("Unknown method"), refused.body());
            assertEquals(-32001, api.call("oco.probe.ping", Map.of()).errorCode());
            List<Map<String, Object>> plugins = api.data("oco.plugin.list", Map.of());
            assertEquals(false, plugins.stream().filter(p -> TestPluginJar.PLUGIN_ID.equals(p.get("id")))
                    .findFirst().orElseThrow().get("enabled"));
        } finally {
            api.data("oco.plugin.enable", Map.of("id", TestPluginJar.PLUGIN_ID));
        }

        AgentClient.Reply again = agent.call("oco.agent.probe", Map.of());
        assertEquals(200, again.status());
        assertEquals(2, again.params().get("calls"), "the disabled plugin's extension was not called meanwhile");
        assertEquals(-32003, api.call("oco.plugin.disable", Map.of("id", "no-such-plugin")).errorCode());
    }

    @Test
    void pluginOwnsItsTablesAndItsJobRunsOnlyWhileEnabled() throws InterruptedException {
        assertEquals(1, server.database.count(
                "SELECT COUNT(*) FROM flyway_history_test_probe WHERE success = 1 AND version = '1'"));
        long ticks = waitForTicks(server.database.count("SELECT COUNT(*) FROM probe_tick") + 2);
        assertTrue(ticks >= 2, "the job ran");

        api.data("oco.plugin.disable", Map.of("id", TestPluginJar.PLUGIN_ID));
        try {
            Thread.sleep(1500); // a run already started may finish
            long frozen = server.database.count("SELECT COUNT(*) FROM probe_tick");
            Thread.sleep(3000);
            assertEquals(frozen, server.database.count("SELECT COUNT(*) FROM probe_tick"),
                    "a disabled plugin's job is not run");
        } finally {
            api.data("oco.plugin.enable", Map.of("id", TestPluginJar.PLUGIN_ID));
        }
    }

    private long waitForTicks(long wanted) throws InterruptedException {
        long count = 0;
        for (int i = 0; i < 100 && count < wanted; i++) {
            Thread.sleep(100);
            count = server.database.count("SELECT COUNT(*) FROM probe_tick");
        }
        return count;
    }

    @Test
    void aPluginsFailureReachesTheAdminInWordsAndTheLogWithItsCause() throws InterruptedException {
        ClientApi.Reply failed = api.call("oco.probe.fail", Map.of());
        assertEquals(-32000, failed.errorCode());
        assertEquals("The probe could not read its data", failed.errorMessage());
        assertFalse(failed.body().contains("probe_secret_table"), "the driver's text stays in the log");
        String line = "Client API method oco.probe.fail of plugin test-probe failed";
        String log = outputOnceItHas(line);
        assertTrue(log.contains(line), "logged with the plugin");
        assertTrue(log.contains("probe_secret_table"), "with its cause");
    }

    @Test
    void aRemovedComputerIsToldToPluginsAfterTheRemovalCommitted() throws InterruptedException {
        String hostname = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ((Number) api.<Map<String, Object>>data("oco.computer.create", Map.of("hostname", hostname))
                .get("id")).longValue();
        api.data("oco.computer.remove", Map.of("id", id));
        assertEquals(hostname, server.database.string("SELECT hostname FROM probe_removed WHERE computer_id = ?", id),
                "the listener heard of it, before the answer");
        assertEquals(0, server.database.count("SELECT COUNT(*) FROM probe_removed WHERE computer_id = ? AND still_there",
                id), "after the commit: the directory no longer knows the computer");
        assertEquals(-32003, api.call("oco.computer.remove", Map.of("id", id)).errorCode());
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM probe_removed WHERE computer_id = ?", id),
                "a removal that did not happen is not told");
    }

    /** The server's output once it holds {@code text}, or after 10 s: the test reads it from another process. */
    private String outputOnceItHas(String text) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!server.output().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return server.output();
    }
}
