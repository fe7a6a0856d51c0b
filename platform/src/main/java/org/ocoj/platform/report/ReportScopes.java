package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.ocoj.api.server.ReportScope;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.report.criteria.Scope;
import org.ocoj.platform.report.criteria.ScopeCatalog;

/**
 * The report scopes usable now: the platform's plus those {@link ReportScope} extensions of enabled plugins
 * declare. A declaration with a bad identifier is logged once and left out, so it can never reach SQL.
 */
@ApplicationScoped
public class ReportScopes {

    private static final Logger LOG = Logger.getLogger(ReportScopes.class.getName());

    @Inject
    PluginHost plugins;

    /** Checked declarations by extension instance (PF4J keeps one instance per extension). */
    private final Map<ReportScope, Scope> checked = new ConcurrentHashMap<>();
    private final Map<ReportScope, Boolean> refused = new ConcurrentHashMap<>();

    public ScopeCatalog catalog() {
        List<Scope> scopes = new ArrayList<>();
        for (PluginHost.Owned<ReportScope> owned : plugins.extensionsWithOwner(ReportScope.class)) {
            if (refused.containsKey(owned.extension())) {
                continue;
            }
            try {
                scopes.add(checked.computeIfAbsent(owned.extension(), e -> Scope.ofPlugin(owned.pluginId(), e)));
            } catch (IllegalArgumentException e) {
                refused.put(owned.extension(), true);
                LOG.warning("Plugin " + owned.pluginId() + ": " + e.getMessage() + "; the scope is left out of reports");
            }
        }
        return new ScopeCatalog(scopes);
    }
}
