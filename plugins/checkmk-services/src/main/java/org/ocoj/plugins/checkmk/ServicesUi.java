package org.ocoj.plugins.checkmk;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.UiContribution;
import org.pf4j.Extension;

/**
 * The "Services" overview (counts per state, filtered list), the computer panel "Services" (that computer's
 * checks with their history and metrics) and the dashboard widget "Services by state"; served from
 * {@code ui/checkmk-services/}.
 */
@Extension
public class ServicesUi implements UiContribution {

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public String resourceFolder() {
        return "ui/checkmk-services";
    }

    @Override
    public List<Page> pages() {
        return List.of(new Page("overview", "Services", "services.js"));
    }

    @Override
    public List<Panel> computerPanels() {
        return List.of(new Panel("Services", "computer-services.js"));
    }

    @Override
    public List<Widget> dashboardWidgets() {
        return List.of(new Widget("Services by state", "dashboard-services.js"));
    }
}
