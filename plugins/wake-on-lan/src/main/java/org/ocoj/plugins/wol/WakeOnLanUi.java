package org.ocoj.plugins.wol;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.UiContribution;
import org.pf4j.Extension;

/**
 * The "WOL satellites" page, the wake panel of the computer page and "Wake up" for the computers selected in the
 * computer list; served from {@code ui/wake-on-lan/}.
 */
@Extension
public class WakeOnLanUi implements UiContribution {

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    @Override
    public String resourceFolder() {
        return "ui/wake-on-lan";
    }

    @Override
    public List<Page> pages() {
        return List.of(new Page("satellites", "WOL satellites", "satellites.js", Permission.SETTINGS_MANAGE));
    }

    @Override
    public List<Panel> computerPanels() {
        return List.of(new Panel("Wake-on-LAN", "wake.js"));
    }

    @Override
    public List<ComputerAction> computerActions() {
        return List.of(new ComputerAction("wake", "Wake up", "wake-selected.js"));
    }
}
