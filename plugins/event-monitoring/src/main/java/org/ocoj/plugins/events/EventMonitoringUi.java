package org.ocoj.plugins.events;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.UiContribution;
import org.pf4j.Extension;

/**
 * The "Events" page (the stored events with filters by computer name, rule, level and time), the "Event rules"
 * page (rules with templates), the computer panel "Events" (that computer's recent events) and the dashboard
 * widget "Recent events"; served from {@code ui/event-monitoring/}.
 */
@Extension
public class EventMonitoringUi implements UiContribution {

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public String resourceFolder() {
        return "ui/event-monitoring";
    }

    @Override
    public List<Page> pages() {
        return List.of(new Page("events", "Events", "events.js"), new Page("rules", "Event rules", "rules.js"));
    }

    @Override
    public List<Panel> computerPanels() {
        return List.of(new Panel("Events", "computer-events.js"));
    }

    @Override
    public List<Widget> dashboardWidgets() {
        return List.of(new Widget("Recent events", "dashboard-events.js"));
    }
}
