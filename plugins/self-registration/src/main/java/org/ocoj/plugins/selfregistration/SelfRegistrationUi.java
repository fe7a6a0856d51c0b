package org.ocoj.plugins.selfregistration;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.UiContribution;
import org.pf4j.Extension;

/**
 * A page and a dashboard box to see and switch self-registration (the empty dashboard's guide to the first agent
 * points to the box); served from this jar's {@code ui/self-registration/}.
 */
@Extension
public class SelfRegistrationUi implements UiContribution {

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public String resourceFolder() {
        return "ui/self-registration";
    }

    @Override
    public List<Page> pages() {
        return List.of(new Page("status", "Self-registration", "page.js"));
    }

    @Override
    public List<Widget> dashboardWidgets() {
        return List.of(new Widget("Self-registration", "page.js"));
    }
}
