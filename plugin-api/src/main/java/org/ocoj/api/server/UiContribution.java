package org.ocoj.api.server;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * What a plugin adds to the admin web UI: pages (an entry in the navigation each) and panels on the computer
 * detail page. Each is an ES module shipped inside the plugin jar under {@link #resourceFolder()}; the platform
 * serves that folder at {@code /ui/plugins/<pluginId>/…} from the plugin's own jar, only while the plugin is
 * enabled, and lists the contributions of enabled plugins in the client API method {@code oco.ui.contributions}.
 *
 * <p>Module contract (docs/ui.md has an example): a page module exports {@code async function render(root, ui)}
 * and a panel module exports {@code async function render(root, ui, computer)}, where {@code root} is an empty
 * element to fill, {@code ui.call(method, data)} calls the client API with the admin's session (rejects with an
 * Error whose message is the server's), {@code ui.h(tag, attributes, ...children)} builds elements without HTML
 * injection, and {@code computer} is the {@code general} object of {@code oco.computer.get}. Modules must fetch
 * data only through {@code ui.call} and must not load scripts from elsewhere (the page's Content-Security-Policy
 * blocks it).
 *
 * <p>Called on a request thread each time the UI starts (a few times per admin per day): return constant
 * descriptions, do no I/O.
 */
public interface UiContribution extends ExtensionPoint {

    /** Folder inside the plugin jar whose files are served; keep it plugin-specific, e.g. {@code "ui/my-plugin"}. */
    String resourceFolder();

    /** Pages with a navigation entry. */
    default List<Page> pages() {
        return List.of();
    }

    /** Panels shown on every computer's detail page, below the core sections. */
    default List<Panel> computerPanels() {
        return List.of();
    }

    /**
     * A page: {@code id} is its address inside the UI ({@code #/p/<pluginId>/<id>}), {@code title} the navigation
     * label, {@code module} the ES module's path relative to {@link #resourceFolder()}.
     */
    record Page(String id, String title, String module) {
        public Page {
            UiContribution.requireName(id, "page id");
            UiContribution.requireName(module, "module");
        }
    }

    /** A computer-detail panel: its heading and its ES module (relative to {@link #resourceFolder()}). */
    record Panel(String title, String module) {
        public Panel {
            UiContribution.requireName(module, "module");
        }
    }

    private static void requireName(String value, String what) {
        if (value == null || !value.matches("[A-Za-z0-9._/-]{1,200}") || value.contains("..")) {
            throw new IllegalArgumentException(what + " must be a relative path of letters, digits, '.', '_', '-', '/': "
                    + value);
        }
    }
}
