package org.ocoj.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.UiContribution;
import org.ocoj.platform.admin.Account;
import org.ocoj.platform.admin.AccountStore;
import org.ocoj.platform.plugin.PluginHost;

/**
 * {@code oco.ui.contributions}: the pages, computer panels, dashboard widgets and computer actions of enabled
 * plugins, with the URL of each module — {@code {"pages": [{"plugin", "id", "title", "module"}],
 * "computer_panels": [{"plugin", "title", "module"}], "dashboard_widgets": [{"plugin", "title", "module"}],
 * "computer_actions": [{"plugin", "id", "title", "module"}]}} (an action's {@code title} is its button label);
 * only those the calling account holds the declared permission for.
 */
@ApplicationScoped
public class UiContributionsMethod implements ClientMethod {

    private static final Logger LOG = Logger.getLogger(UiContributionsMethod.class.getName());

    @Inject
    PluginHost plugins;
    @Inject
    AccountStore accounts;

    @Override
    public String method() {
        return "oco.ui.contributions";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SIGNED_IN);
    }

    @Override
    public Object handle(ClientCall call) {
        List<Map<String, Object>> pages = new ArrayList<>();
        List<Map<String, Object>> panels = new ArrayList<>();
        List<Map<String, Object>> widgets = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        Optional<Account> account = accounts.find(call.adminUsername());
        for (PluginHost.Owned<UiContribution> owned : plugins.extensionsWithOwner(UiContribution.class)) {
            String plugin = owned.pluginId();
            try {
                Optional<Permission> common = owned.extension().permission();
                Predicate<Permission> shown = own -> account.isPresent()
                        && visible(account.get(), Optional.ofNullable(own).or(() -> common));
                for (UiContribution.Page page : owned.extension().pages()) {
                    if (shown.test(page.permission())) {
                        pages.add(entry(plugin, "id", page.id(), page.title(), page.module()));
                    }
                }
                for (UiContribution.Panel panel : owned.extension().computerPanels()) {
                    if (shown.test(panel.permission())) {
                        panels.add(entry(plugin, null, null, panel.title(), panel.module()));
                    }
                }
                for (UiContribution.Widget widget : owned.extension().dashboardWidgets()) {
                    if (shown.test(widget.permission())) {
                        widgets.add(entry(plugin, null, null, widget.title(), widget.module()));
                    }
                }
                for (UiContribution.ComputerAction action : owned.extension().computerActions()) {
                    if (shown.test(action.permission())) {
                        actions.add(entry(plugin, "id", action.id(), action.label(), action.module()));
                    }
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

    /** Undeclared contributions are for administrators only, like undeclared methods. */
    private static boolean visible(Account account, Optional<Permission> needed) {
        return needed.map(account::permits).orElse(account.isAdministrator());
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
