package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every main page checked by axe-core (Deque's engine, pinned in the root pom) with no serious or critical
 * violation, and the layout at 420 px wide: the header keeps the name on one line and no page scrolls sideways.
 */
class AccessibilityUiIT extends AdminBrowserSession {

    private static final String AXE = axeSource();

    // Runs axe on the page and answers its serious and critical violations, one line each.
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then((result) => done(result.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s), e.g. `
                + `${JSON.stringify(v.nodes[0].target)} ${v.nodes[0].failureSummary.replace(/\\s+/g, ' ')}`)))
              .catch((error) => done([`axe failed: ${error}`]));
            """;

    // How far the page is wider than the window, and the innermost elements sticking out (null: it fits).
    private static final String TOO_WIDE = """
            const root = document.documentElement;
            const overflow = root.scrollWidth - root.clientWidth;
            if (overflow <= 0) return null;
            const out = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > root.clientWidth
              && ![...e.children].some((c) => c.getBoundingClientRect().right > root.clientWidth));
            return `${overflow} px too wide: ` + out.slice(0, 5).map((e) => e.tagName.toLowerCase()
              + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : '')).join(', ');
            """;

    private Object computerId;

    @BeforeAll
    void aComputerWithAnInventory() {
        String hostname = "ui-a11y-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        computerId = created.get("id");
        UiTestSupport.checkIn(hostname);
        // a long group path makes the computer list's "Add to group" select wide: it must still fit 420 px
        UiTestSupport.call("oco.computer_group.create", Map.of("name",
                "A group whose name is long enough to be wider than a phone " + hostname));
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityUiIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> pages() {
        return List.of("#/", "#/computers", "#/computer/" + computerId, "#/computer/" + computerId + "/software",
                "#/computer/" + computerId + "/history", "#/computers/new", "#/software", "#/groups", "#/reports", "#/reports/new",
                "#/plugins", "#/settings", "#/accounts", "#/audit", "#/account", "#/p/event-monitoring/events",
                "#/p/event-monitoring/rules", "#/p/checkmk-services/overview", "#/p/wake-on-lan/satellites",
                "#/p/self-registration/status");
    }

    /** Opens a page afresh and waits until it and everything it loads by itself (plugin areas) are shown. */
    private void show(String hash) {
        browser.open("/ui/favicon.svg");
        browser.open("/" + hash);
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const main = document.getElementById('main');"
                        + "return main !== null && main.querySelector('h1') !== null"
                        + " && !main.textContent.includes('Loading…') && !main.textContent.includes('loading groups…');"));
    }

    @Test
    void everyMainPageHasNoSeriousAccessibilityViolation() {
        List<String> found = new ArrayList<>();
        for (String page : pages()) {
            show(page);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript(AXE);
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) js.executeAsyncScript(RUN_AXE);
            violations.forEach(v -> found.add(page + ": " + v));
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void at420PixelsTheHeaderKeepsTheNameAndNoPageScrollsSideways() {
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(420, 900));
        try {
            List<String> wide = new ArrayList<>();
            for (String page : List.of("#/", "#/computers", "#/computer/" + computerId,
                    "#/computer/" + computerId + "/software", "#/settings", "#/p/checkmk-services/overview")) {
                show(page);
                Object tooWide = ((JavascriptExecutor) browser.driver).executeScript(TOO_WIDE);
                if (tooWide != null) {
                    wide.add(page + " is " + tooWide);
                }
                int brand = browser.visible(By.cssSelector("header .brand")).getSize().getHeight();
                assertTrue(brand < 45, "the name wraps at 420 px on " + page + ": " + brand + " px high");
                if (page.equals("#/computer/" + computerId)) {
                    browser.screenshot("computer-420px");
                }
            }
            assertEquals(List.of(), wide, String.join("\n", wide));
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }
}
