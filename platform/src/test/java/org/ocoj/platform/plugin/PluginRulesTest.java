package org.ocoj.platform.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.AgentMethod;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ReportField;
import org.ocoj.api.server.ReportScope;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.UiContribution;

class PluginRulesTest {

    private final PluginRules rules = new PluginRules(Set.of("oco.computer.list"), Set.of("oco.agent.hello"),
            Set.of("software"));

    @Test
    void aPluginKeepingTheRulesIsTakenAndClaimsItsNames() {
        assertEquals(Optional.empty(), rules.check("a", exports(List.of(client("oco.a.ping")),
                List.of(agent("oco.agent.a")), List.of(scope("a_thing")), List.of(setting("a.port")), List.of())));
        assertEquals(Optional.of("client method oco.a.ping already belongs to plugin a"),
                rules.check("b", exports(List.of(client("oco.a.ping")), List.of(), List.of(), List.of(), List.of())));
        assertEquals(Optional.of("agent method oco.agent.a already belongs to plugin a"),
                rules.check("b", exports(List.of(), List.of(agent("oco.agent.a")), List.of(), List.of(), List.of())));
        assertEquals(Optional.of("report scope a_thing already belongs to plugin a"),
                rules.check("b", exports(List.of(), List.of(), List.of(scope("a_thing")), List.of(), List.of())));
    }

    @Test
    void noPluginShadowsTheCore() {
        assertEquals(Optional.of("client method oco.computer.list already belongs to the core"),
                rules.check("a", exports(List.of(client("oco.computer.list")), List.of(), List.of(), List.of(), List.of())));
        assertEquals(Optional.of("agent method oco.agent.hello already belongs to the core"),
                rules.check("a", exports(List.of(), List.of(agent("oco.agent.hello")), List.of(), List.of(), List.of())));
        assertEquals(Optional.of("report scope software already belongs to the core"),
                rules.check("a", exports(List.of(), List.of(), List.of(scope("software")), List.of(), List.of())));
    }

    @Test
    void aRefusedPluginClaimsNothing() {
        assertTrue(rules.check("a", exports(List.of(client("oco.a.ping"), client("oco.a.ping")), List.of(), List.of(),
                List.of(), List.of())).orElseThrow().contains("exported twice"));
        assertEquals(Optional.empty(),
                rules.check("b", exports(List.of(client("oco.a.ping")), List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    void settingKeysStartWithThePluginId() {
        assertEquals(Optional.of("setting other.port must start with the plugin id: a."),
                rules.check("a", exports(List.of(), List.of(), List.of(), List.of(setting("other.port")), List.of())));
        assertTrue(rules.check("ab", exports(List.of(), List.of(), List.of(), List.of(setting("a.port")), List.of()))
                .isPresent(), "a prefix of the id is not the id");
    }

    @Test
    void uiIdsAreUniqueWithinThePlugin() {
        UiContribution twice = new UiContribution() {
            @Override
            public String resourceFolder() {
                return "ui/a";
            }

            @Override
            public List<Page> pages() {
                return List.of(new Page("main", "A", "a.js"), new Page("main", "B", "b.js"));
            }
        };
        assertEquals(Optional.of("UI page id main is used twice"),
                rules.check("a", exports(List.of(), List.of(), List.of(), List.of(), List.of(twice))));
    }

    @Test
    void anExtensionThatThrowsWhileDeclaringItselfIsARuleBroken() {
        ClientMethod broken = new ClientMethod() {
            @Override
            public String method() {
                throw new IllegalStateException("no name");
            }

            @Override
            public Object handle(org.ocoj.api.server.ClientCall call) {
                return null;
            }
        };
        assertTrue(rules.check("a", exports(List.of(broken), List.of(), List.of(), List.of(), List.of())).orElseThrow()
                .contains("no name"));
    }

    private static PluginRules.Exports exports(List<ClientMethod> client, List<AgentMethod> agent,
                                               List<ReportScope> scopes, List<SettingDeclarations> settings,
                                               List<UiContribution> ui) {
        return new PluginRules.Exports(client, agent, scopes, settings, ui);
    }

    private static ClientMethod client(String name) {
        return new ClientMethod() {
            @Override
            public String method() {
                return name;
            }

            @Override
            public Object handle(org.ocoj.api.server.ClientCall call) {
                return null;
            }
        };
    }

    private static AgentMethod agent(String name) {
        return new AgentMethod() {
            @Override
            public String method() {
                return name;
            }

            @Override
            public Map<String, Object> handle(org.ocoj.api.server.AgentCall call) {
                return Map.of();
            }
        };
    }

    private static ReportScope scope(String name) {
        return new ReportScope() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return name;
            }

            @Override
            public String table() {
                return name;
            }

            @Override
            public List<ReportField> fields() {
                return List.of();
            }
        };
    }

    private static SettingDeclarations setting(String key) {
        return () -> List.of(SettingDefinition.of(key, SettingDefinition.Type.INTEGER, "1", key));
    }
}
