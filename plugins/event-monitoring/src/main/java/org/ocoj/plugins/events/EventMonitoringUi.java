package org.ocoj.plugins.events;

import java.util.List;
import org.ocoj.api.server.UiContribution;
import org.pf4j.Extension;

/** The "Event rules" page (rules with templates, event list with filters); served from {@code ui/event-monitoring/}. */
@Extension
public class EventMonitoringUi implements UiContribution {

    @Override
    public String resourceFolder() {
        return "ui/event-monitoring";
    }

    @Override
    public List<Page> pages() {
        return List.of(new Page("rules", "Event rules", "rules.js"));
    }
}
