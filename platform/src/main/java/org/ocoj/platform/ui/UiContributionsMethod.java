package org.ocoj.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.UiContribution;
import org.ocoj.platform.plugin.PluginHost;

/**
 * {@code oco.ui.contributions}: the pages, computer panels, dashboard widgets and computer actions of enabled
 * plugins, with the URL of each module — {@code {"pages": [{"plugin", "id", "title", "module"}],
 * "computer_panels": [{"plugin", "title", "module"}], "dashboard_widgets": [{"plugin", "title", "module"}],
 * "computer_actions": [{"plugin", "id", "title", "module"}]}} (an action's {@code title} is its button label).
 */
@ApplicationScoped
public class UiContributionsMethod implements ClientMethod {

    private static final Logger LOG = Logger.getLogger(UiContributionsMethod.class.getName());

    @Inject
    PluginHost plugins;

    @Override
    public String method() {
        return "oco.ui.contributions";
    }

    @Override
    public Object handle(ClientCall call) {
        List<Map<String, Object>> pages = new ArrayList<>();
        List<Map<String, Object>> panels = new ArrayList<>();
        List<Map<String, Object>> widgets = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        for (PluginHost.Owned<UiContribution> owned : plugins.extensionsWithOwner(UiContribution.class)) {
            String plugin = owned.pluginId();
            try {
                for (UiContribution.Page page : owned.extension().pages()) {
                    pages.add(entry(plugin, "id", page.id(), page.title(), page.module()));
                }
                for (UiContribution.Panel panel : owned.extension().computerPanels()) {
                    panels.add(entry(plugin, null, null, panel.title(), panel.module()));
                }
                for (UiContribution.Widget widget : owned.extension().dashboardWidgets()) {
                    widgets.add(entry(plugin, null, null, widget.title(), widget.module()));
                }
                for (UiContribution.ComputerAction action : owned.extension().computerActions()) {
                    actions.add(entry(plugin, "id", action.id(), action.label(), action.module()));
                }
            } catch (RuntimeException e) {
                // one broken plugin must not take the whole UI down with it
                LOG.log(Level.WARNING, "Plugin " + plugin + ": UI contribution failed: " + e.getMessage(), e);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pages", pages);
        data.put("computer_panels", panels);
        data.put("dashboard_widgets", widgets);
        data.put("computer_actions", actions);
        return data;
    }

    private static Map<String, Object> entry(String plugin, String idKey, String id, String title, String module) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("plugin", plugin);
        if (idKey != null) {
            map.put(idKey, id);
        }
        map.put("title", title == null ? "" : title);
        map.put("module", StaticFiles.PLUGINS_PREFIX + plugin + "/" + module);
        return map;
    }
}
