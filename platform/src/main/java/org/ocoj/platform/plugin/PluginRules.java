package org.ocoj.platform.plugin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ocoj.api.server.AgentMethod;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ReportScope;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.UiContribution;

/**
 * The rules a plugin keeps to be started, checked once at load and in one place (docs/plugins.md "Rules"): the
 * client methods, agent methods and report scopes it exports are its own (neither the core's nor another
 * plugin's: the first plugin, in the order of their ids, keeps a name), its setting keys start with its id and a
 * dot, and its UI page and action ids are unique within it. A plugin that breaks one is refused as a whole; the
 * names of a refused plugin stay free.
 */
final class PluginRules {

    static final String CORE = "the core";

    private final Map<String, String> clientMethods = new HashMap<>();
    private final Map<String, String> agentMethods = new HashMap<>();
    private final Map<String, String> reportScopes = new HashMap<>();

    PluginRules(Set<String> coreClientMethods, Set<String> coreAgentMethods, Set<String> coreReportScopes) {
        coreClientMethods.forEach(name -> clientMethods.put(name, CORE));
        coreAgentMethods.forEach(name -> agentMethods.put(name, CORE));
        coreReportScopes.forEach(name -> reportScopes.put(name, CORE));
    }

    /** What one plugin exports, as its extensions declare it. */
    record Exports(List<ClientMethod> clientMethods, List<AgentMethod> agentMethods, List<ReportScope> reportScopes,
                   List<SettingDeclarations> settings, List<UiContribution> ui) {
    }

    /**
     * The first rule the plugin breaks, in words; empty if it keeps them all, and then its names are claimed.
     * An extension that throws while declaring itself breaks a rule too.
     */
    Optional<String> check(String pluginId, Exports exports) {
        try {
            Optional<String> broken = ownNames(pluginId, "client method", clientMethods, exports.clientMethods(),
                    ClientMethod::method)
                    .or(() -> ownNames(pluginId, "agent method", agentMethods, exports.agentMethods(),
                            AgentMethod::method))
                    .or(() -> ownNames(pluginId, "report scope", reportScopes, exports.reportScopes(),
                            ReportScope::name))
                    .or(() -> settingKeys(pluginId, exports.settings()))
                    .or(() -> uiIds(exports.ui()));
            if (broken.isEmpty()) {
                claim(pluginId, clientMethods, exports.clientMethods(), ClientMethod::method);
                claim(pluginId, agentMethods, exports.agentMethods(), AgentMethod::method);
                claim(pluginId, reportScopes, exports.reportScopes(), ReportScope::name);
            }
            return broken;
        } catch (RuntimeException e) {
            return Optional.of("an extension failed while declaring itself: " + e);
        }
    }

    private static <T> Optional<String> ownNames(String pluginId, String kind, Map<String, String> claimed,
                                                 List<T> extensions, Function<T, String> name) {
        Set<String> own = new HashSet<>();
        for (T extension : extensions) {
            String value = name.apply(extension);
            String owner = claimed.get(value);
            if (owner != null) {
                return Optional.of(kind + " " + value + " already belongs to "
                        + (owner.equals(CORE) ? CORE : "plugin " + owner));
            }
            if (!own.add(value)) {
                return Optional.of(kind + " " + value + " is exported twice");
            }
        }
        return Optional.empty();
    }

    private static <T> void claim(String pluginId, Map<String, String> claimed, List<T> extensions,
                                  Function<T, String> name) {
        extensions.forEach(extension -> claimed.put(name.apply(extension), pluginId));
    }

    private static Optional<String> settingKeys(String pluginId, List<SettingDeclarations> declarations) {
        for (SettingDeclarations declared : declarations) {
            for (SettingDefinition setting : declared.settings()) {
                if (!setting.key().startsWith(pluginId + ".")) {
                    return Optional.of("setting " + setting.key() + " must start with the plugin id: " + pluginId + ".");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> uiIds(List<UiContribution> contributions) {
        List<String> pages = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        for (UiContribution ui : contributions) {
            ui.pages().forEach(page -> pages.add(page.id()));
            ui.computerActions().forEach(action -> actions.add(action.id()));
            ui.computerPanels();
            ui.dashboardWidgets();
        }
        return duplicate("UI page id", pages).or(() -> duplicate("UI action id", actions));
    }

    private static Optional<String> duplicate(String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        return ids.stream().filter(id -> !seen.add(id)).findFirst().map(id -> kind + " " + id + " is used twice");
    }
}
