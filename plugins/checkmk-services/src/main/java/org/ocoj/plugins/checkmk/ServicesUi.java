package org.ocoj.plugins.checkmk;

import java.util.List;
import org.ocoj.api.server.UiContribution;
import org.pf4j.Extension;

/** The "Services" overview (counts per state, filtered list); served from {@code ui/checkmk-services/}. */
@Extension
public class ServicesUi implements UiContribution {

    @Override
    public String resourceFolder() {
        return "ui/checkmk-services";
    }

    @Override
    public List<Page> pages() {
        return List.of(new Page("overview", "Services", "services.js"));
    }
}
