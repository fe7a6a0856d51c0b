package org.ocoj.api.server;

import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * What a plugin adds to the admin web UI: pages (an entry in the navigation each), panels on the computer
 * detail page, widgets on the dashboard and actions on the selected computers of the computer list. Each is an
 * ES module shipped inside the plugin jar under {@link #resourceFolder()}; the platform
 * serves that folder at {@code /ui/plugins/<pluginId>/…} from the plugin's own jar, only while the plugin is
 * enabled, and lists the contributions of enabled plugins in the client API method {@code oco.ui.contributions}.
 *
 * <p>Module contract (docs/ui.md has examples). Every module gets {@code root}, an empty element to fill, and
 * {@code ui}: {@code ui.call(method, data)} calls the client API with the admin's session (resolves to
 * {@code result.data}, rejects with an Error whose message is the server's and whose {@code code} is the
 * JSON-RPC code), {@code ui.batch([[method, data], …])} sends several calls in one request (one
 * {@code {ok, data}} or {@code {ok, error}} per call, in order), and {@code ui.h(tag, attributes, ...children)}
 * builds elements without HTML injection.
 * <ul>
 * <li>a page module exports {@code async function render(root, ui)};
 * <li>a computer panel module exports {@code async function render(root, ui, computer)}, {@code computer} being
 * the {@code general} object of {@code oco.computer.get};
 * <li>a dashboard widget module exports {@code async function render(root, ui)}; keep it to one or two small
 * requests, the dashboard waits for no widget (each fills its own area when its answer comes);
 * <li>a computer action module exports {@code async function run(root, ui, computers)}, called when the admin
 * clicks the action's button with at least one computer selected; {@code computers} is
 * {@code [{id, hostname}, …]} (at most 1000), and the module shows the result per computer in {@code root}.
 * </ul>
 * Modules must fetch data only through {@code ui.call}/{@code ui.batch} and must not load scripts from elsewhere
 * (the page's Content-Security-Policy blocks it); they may import other modules of their own folder by a
 * relative path. A module that throws shows its error in its own area only.
 *
 * <p>Called on a request thread each time the UI starts (a few times per admin per day): return constant
 * descriptions, do no I/O.
 */
public interface UiContribution extends ExtensionPoint {

    /** Folder inside the plugin jar whose files are served; keep it plugin-specific, e.g. {@code "ui/my-plugin"}. */
    String resourceFolder();

    /**
     * The permission an account needs to see these contributions (a contribution's own permission, if it has one,
     * wins). Empty (the default) means administrators only. Hiding is a convenience: the client methods a module
     * calls check their own permissions.
     */
    default Optional<Permission> permission() {
        return Optional.empty();
    }

    /** Pages with a navigation entry. */
    default List<Page> pages() {
        return List.of();
    }

    /** Panels shown on every computer's detail page, below the core sections. */
    default List<Panel> computerPanels() {
        return List.of();
    }

    /** Widgets on the dashboard, after the platform's computer counts. */
    default List<Widget> dashboardWidgets() {
        return List.of();
    }

    /** Actions offered for the computers selected in the computer list (e.g. "Wake up"). */
    default List<ComputerAction> computerActions() {
        return List.of();
    }

    /**
     * A page: {@code id} is its address inside the UI ({@code #/p/<pluginId>/<id>}), {@code title} the navigation
     * label, {@code module} the ES module's path relative to {@link #resourceFolder()}.
     */
    record Page(String id, String title, String module, Permission permission) {
        public Page(String id, String title, String module) {
            this(id, title, module, null);
        }

        public Page {
            UiContribution.requireName(id, "page id");
            UiContribution.requireName(module, "module");
        }
    }

    /** A computer-detail panel: its heading and its ES module (relative to {@link #resourceFolder()}). */
    record Panel(String title, String module, Permission permission) {
        public Panel(String title, String module) {
            this(title, module, null);
        }

        public Panel {
            UiContribution.requireName(module, "module");
        }
    }

    /** A dashboard widget: its heading and its ES module (relative to {@link #resourceFolder()}). */
    record Widget(String title, String module, Permission permission) {
        public Widget(String title, String module) {
            this(title, module, null);
        }

        public Widget {
            UiContribution.requireName(module, "module");
        }
    }

    /**
     * An action on the selected computers: {@code id} names it in the page ({@code data-action="<pluginId>.<id>"}),
     * {@code label} is its button's text, {@code module} its ES module (relative to {@link #resourceFolder()}).
     */
    record ComputerAction(String id, String label, String module, Permission permission) {
        public ComputerAction(String id, String label, String module) {
            this(id, label, module, null);
        }

        public ComputerAction {
            UiContribution.requireName(id, "action id");
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
