package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ocoj.api.PluginApi;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plugins that break a rule (docs/plugins.md "Rules") are refused as a whole at load, with one log line naming
 * the rule, and listed as refused: their extensions never answer, and the core and the plugins that keep the
 * rules are unaffected. The rule breakers sit in the shared server's plugins folder (built by
 * {@link #buildRuleBreakers}).
 */
@ExtendWith(SharedServer.class)
class PluginRulesIT {

    private static final Map<String, String> BROKEN_RULES = Map.of(
            "rules-shadow-core", "client method oco.computer.list already belongs to the core",
            "zz-rules-duplicate", "client method oco.probe.ping already belongs to plugin test-probe",
            "rules-setting", "setting agent.update-interval must start with the plugin id: rules-setting.",
            "rules-future-api", "it requires plugin-api ^2.0.0 (Plugin-Requires), this server has plugin-api "
                    + PluginApi.version());

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    static void buildRuleBreakers(Path plugins) throws IOException {
        for (String[] plugin : new String[][] {{"rules-shadow-core", "shadow"}, {"zz-rules-duplicate", "duplicate"},
                {"rules-setting", "setting"}}) {
            TestPluginJar.build(plugins.resolve(plugin[0] + "-1.0.0.jar"), plugin[0], "1.0.0", "Breaks a plugin rule",
                    "org/ocoj/dist/ruleplugins/" + plugin[1] + "/");
        }
        TestPluginJar.buildRequiring(plugins.resolve("rules-future-api-1.0.0.jar"), "rules-future-api", "1.0.0", "^2.0.0",
                "Needs a plugin-api this server does not have", "org/ocoj/dist/ruleplugins/future/");
    }

    @Test
    void ruleBreakersAreRefusedAndListedWithTheRule() {
        List<Map<String, Object>> listed = api.data("oco.plugin.list", Map.of());
        Map<String, Map<String, Object>> byId = listed.stream()
                .collect(Collectors.toMap(p -> (String) p.get("id"), Function.identity()));
        BROKEN_RULES.forEach((id, rule) -> {
            Map<String, Object> plugin = byId.get(id);
            assertEquals("refused", plugin.get("state"), id + ": " + plugin);
            assertEquals(false, plugin.get("enabled"));
            assertEquals(rule, plugin.get("problem"));
            assertEquals(1, occurrences(server.output(), "Plugin " + id + " refused: " + rule), "one log line");
        });
        assertEquals(true, byId.get("test-probe").get("enabled"), "the plugin that keeps the rules is unaffected");
        assertFalse(byId.get("test-probe").containsKey("problem"));
    }

    @Test
    void theCoreAndTheFirstOwnerKeepTheirMethods() {
        Map<String, Object> computers = api.data("oco.computer.list", Map.of());
        assertFalse(computers.containsKey("shadowed"), "the core's oco.computer.list answers");
        Map<String, Object> ping = api.data("oco.probe.ping", Map.of());
        assertEquals("test-probe", ping.get("plugin"));
    }

    @Test
    void aPluginForAnotherPluginApiNeverAnswers() {
        ClientApi.Reply reply = api.call("rules-future-api.ping", Map.of());
        assertEquals(-32001, reply.errorCode(), reply.body());
        assertEquals("Unknown Method", reply.errorMessage());
    }

    @Test
    void theBundledPluginsRequireThisPluginApi() {
        List<Map<String, Object>> listed = api.data("oco.plugin.list", Map.of());
        for (String id : List.of("checkmk-services", "event-monitoring", "self-registration", "wake-on-lan")) {
            Map<String, Object> plugin = listed.stream().filter(p -> id.equals(p.get("id"))).findFirst().orElseThrow();
            assertEquals("started", plugin.get("state"), id + ": " + plugin);
        }
    }

    @Test
    void aRefusedPluginCannotBeEnabled() {
        ClientApi.Reply refused = api.call("oco.plugin.enable", Map.of("id", "rules-shadow-core"));
        assertEquals(-32001, refused.errorCode());
        assertTrue(refused.errorMessage().contains("was refused ("), refused.errorMessage());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
