package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin web UI in a real browser (headless Chromium) against the real server bundle: what an admin does,
 * checked through what the page shows and through the client API. Writes screenshots to target/screenshots.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUiIT {

    private Browser browser;

    @BeforeAll
    void logIn() {
        browser = new Browser(UiTestSupport.url());
        logIn(browser, UiTestSupport.adminPassword());
        browser.visible(By.id("count-total"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void logIn(Browser browser, String password) {
        browser.open("/");
        browser.type(By.id("username"), "admin");
        browser.type(By.id("password"), password);
        browser.click(By.id("login-submit"));
    }

    private static String newHostname() {
        return "ui-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void go(String hash) {
        browser.open("/" + hash);
    }

    @Test
    void wrongPasswordShowsAnErrorAndTheRightOneOpensTheDashboard() {
        try (Browser fresh = new Browser(UiTestSupport.url())) {
            logIn(fresh, "not-the-password");
            fresh.withText(By.id("login-error"), "Login failed");
            fresh.screenshot("login");
            fresh.type(By.id("password"), UiTestSupport.adminPassword());
            fresh.click(By.id("login-submit"));

            String shown = fresh.visible(By.cssSelector("#count-total .card-value")).getText();
            Map<String, Object> summary = UiTestSupport.call("oco.computer.summary", Map.of());
            assertEquals(String.valueOf(summary.get("total")), shown);
            fresh.screenshot("dashboard");
            assertEquals("admin", fresh.visible(By.id("whoami")).getText());

            fresh.click(By.id("logout"));
            fresh.withText(By.id("login-error"), "logged out");
            fresh.open("/#/computers");
            fresh.visible(By.id("username")); // the session is gone: back to the login form
        }
    }

    @Test
    void theDashboardChartsTheCheckInsOfRealAgentsWithTheNumbers() throws InterruptedException {
        String hostname = newHostname();
        UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        long before = UiTestSupport.seriesTotal(UiTestSupport.call("oco.dashboard.series", Map.of()), "check_ins");
        UiTestSupport.checkIn(hostname); // a hello and an inventory update
        long deadline = System.currentTimeMillis() + 30_000;
        Map<String, Object> series = UiTestSupport.call("oco.dashboard.series", Map.of());
        while ((UiTestSupport.seriesTotal(series, "check_ins") <= before || UiTestSupport.seriesLatest(series, "online") < 1)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            series = UiTestSupport.call("oco.dashboard.series", Map.of());
        }

        // the chart's text alternative says what the API counts (again if a write of the counts came in between)
        By checkIns = By.cssSelector("#chart-check-ins svg");
        String label = "";
        long total = -1;
        for (int attempt = 0; attempt < 5 && !label.contains(", " + total + " in all"); attempt++) {
            go("#/");
            label = browser.visible(checkIns).getAttribute("aria-label");
            total = UiTestSupport.seriesTotal(UiTestSupport.call("oco.dashboard.series", Map.of()), "check_ins");
        }
        assertTrue(total > before && label.startsWith("Agent check-ins per minute, ")
                && label.contains(", " + total + " in all"), label + " / " + total);
        assertTrue(Long.parseLong(browser.visible(By.cssSelector("#chart-online svg")).getAttribute("data-latest")) >= 1);
        assertFalse(browser.driver.findElements(By.cssSelector("#chart-check-ins polyline.series, "
                + "#chart-check-ins circle.series")).isEmpty(), "a line is drawn");
        browser.screenshot("dashboard-activity");

        browser.click(By.cssSelector("#activity details.activity-numbers summary")); // the numbers as a table
        long inTable = browser.driver.findElements(By.cssSelector("#activity table tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText).filter(t -> !t.isEmpty()).mapToLong(Long::parseLong).sum();
        assertEquals(total, inTable, "the table's check-ins per hour add up to the chart's");
        assertEquals(24, browser.driver.findElements(By.cssSelector("#activity table tbody tr")).size());

        browser.click(By.cssSelector("#activity button[data-range='7d']"));
        browser.withText(By.cssSelector("#chart-check-ins figcaption"), "Agent check-ins per hour");
        assertEquals("true", browser.visible(By.cssSelector("#activity button[data-range='7d']"))
                .getAttribute("aria-pressed"));
    }

    @Test
    void createdComputerShowsTheAgentsInventoryAfterItsFirstCheckIn() {
        String hostname = newHostname();
        UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname + "-taken"));
        go("#/computers/new");
        browser.type(By.id("hostname"), hostname + "-taken");
        browser.click(By.id("create-submit"));
        browser.withText(By.id("create-error"), "This hostname already exists: " + hostname + "-taken");

        browser.type(By.id("hostname"), hostname);
        browser.click(By.id("create-submit"));
        assertEquals(hostname, browser.withText(By.tagName("h1"), hostname).getText());
        browser.withText(By.id("last-refresh"), "never");

        UiTestSupport.checkIn(hostname);
        browser.driver.navigate().refresh();
        browser.withText(By.id("section-general"), "Intel(R) Xeon(R) Processor");
        browser.screenshot("computer-detail");
        browser.click(By.id("tab-network"));
        browser.withText(By.id("section-networks"), "192.0.2.2");
        browser.click(By.id("tab-disks"));
        browser.withText(By.id("section-filesystems"), "/dev/vda");
        int software = UiTestSupport.capture("oco-agent-update.json").get("software") instanceof List<?> list
                ? list.size() : -1;
        browser.click(By.id("tab-software"));
        browser.withText(By.cssSelector("#section-recognised_software .count"), "(" + software + ")");
        assertFalse(browser.visible(By.id("last-refresh")).getText().contains("never"));

        browser.click(By.id("force-update"));
        browser.withText(By.id("detail-message"), "Force update requested");
        Map<String, Object> general = general(hostname);
        assertEquals(1, ((Number) general.get("force_update")).intValue());

        // clock recovery (docs/protocol.md): the stored agent timestamp of the check-in is lowered, keys stay
        SharedServer.get().database.update("UPDATE computer SET agent_timestamp = 4000000000 WHERE hostname = ?",
                hostname); // as an agent whose clock ran ahead leaves it
        browser.click(By.id("reset-agent-clock"));
        browser.driver.switchTo().alert().accept();
        browser.withText(By.id("detail-message"), "Agent clock reset");
        assertEquals(1, SharedServer.get().database.count("SELECT COUNT(*) FROM computer WHERE hostname = ? AND "
                + "agent_timestamp < 4000000000 AND agent_key IS NOT NULL", hostname));
    }

    @Test
    void computerListSearchesAndForcesAnUpdateOfTheSelectedComputers() {
        String prefix = newHostname();
        for (String suffix : List.of("a", "b", "c")) {
            UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-" + suffix));
        }
        go("#/computers");
        browser.type(By.id("search"), prefix);
        browser.withText(By.id("range"), "1–3 of 3");
        browser.screenshot("computers");

        selectRow(prefix + "-a");
        selectRow(prefix + "-c");
        browser.click(By.id("force-selected"));
        browser.withText(By.id("list-message"), "Force update requested for 2 computer(s)");
        assertEquals(1, ((Number) general(prefix + "-a").get("force_update")).intValue());
        assertEquals(0, ((Number) general(prefix + "-b").get("force_update")).intValue());
        assertEquals(1, ((Number) general(prefix + "-c").get("force_update")).intValue());
    }

    @Test
    void computerListAddsTheSelectedComputersToAChosenGroupWithAResultPerComputer() {
        String prefix = newHostname();
        String group = prefix + "-group";
        Map<String, Object> created = UiTestSupport.call("oco.computer_group.create", Map.of("name", group));
        long groupId = ((Number) created.get("id")).longValue();
        for (String suffix : List.of("a", "b", "c")) {
            UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-" + suffix));
        }
        go("#/computers");
        browser.type(By.id("search"), prefix);
        browser.withText(By.id("range"), "1–3 of 3");
        selectRow(prefix + "-a");
        selectRow(prefix + "-b");
        browser.click(By.id("add-selected-to-group"));
        browser.withText(By.id("list-message"), "Choose the group");

        browser.visible(By.xpath("//select[@id='bulk-group']/option[text()='" + group + "']"));
        new Select(browser.visible(By.id("bulk-group"))).selectByVisibleText(group);
        browser.click(By.id("add-selected-to-group"));
        browser.withText(By.id("action-result"), "Added to " + group + ": 2 computer(s)");
        browser.withText(By.cssSelector("#action-result li[data-result='" + prefix + "-a']"), "done");
        browser.withText(By.cssSelector("#action-result li[data-result='" + prefix + "-b']"), "done");
        browser.screenshot("computers-bulk");
        Map<String, Object> members = UiTestSupport.call("oco.computer.list", Map.of("computer_group_id", groupId));
        assertEquals(List.of(prefix + "-a", prefix + "-b"), ((List<?>) members.get("computers")).stream()
                .map(c -> ((Map<?, ?>) c).get("hostname")).sorted().toList());
    }

    private void selectRow(String hostname) {
        browser.click(By.cssSelector("tr[data-hostname='" + hostname + "'] input[type=checkbox]"));
    }

    private static Map<String, Object> general(String hostname) {
        Map<String, Object> page = UiTestSupport.call("oco.computer.list", Map.of("search", hostname, "limit", 10));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> computers = (List<Map<String, Object>>) page.get("computers");
        Map<String, Object> match = computers.stream().filter(c -> hostname.equals(c.get("hostname"))).findFirst()
                .orElseThrow(() -> new AssertionError("no computer " + hostname));
        Map<String, Object> computer = UiTestSupport.call("oco.computer.get", Map.of("id", match.get("id")));
        @SuppressWarnings("unchecked")
        Map<String, Object> general = (Map<String, Object>) computer.get("general");
        return general;
    }

    @Test
    void disablingAPluginRemovesItsPageAndEnablingItBringsThePageBack() {
        By toggle = By.cssSelector("button[data-plugin-toggle='self-registration']");
        By state = By.cssSelector("[data-plugin-state='self-registration']");
        By navEntry = By.linkText("Self-registration");
        try {
            go("#/plugins");
            browser.visible(navEntry);
            browser.click(toggle);
            browser.withText(By.id("plugin-message"), "self-registration is now disabled");
            browser.withText(state, "disabled");
            browser.waitFor(d -> d.findElements(navEntry).isEmpty());
            browser.screenshot("plugins");

            browser.click(toggle);
            browser.withText(By.id("plugin-message"), "self-registration is now enabled");
            browser.click(navEntry);
            browser.withText(By.id("self-registration-state"), "register");
            browser.screenshot("plugin-page");
        } finally {
            UiTestSupport.call("oco.plugin.enable", Map.of("id", "self-registration"));
        }
    }

    @Test
    void settingsShowTheServersValidationErrorAndSaveAGoodValue() {
        By input = By.id("setting-agent.update-interval");
        By row = By.cssSelector("tr[data-setting='agent.update-interval']");
        try {
            go("#/settings");
            browser.type(input, "soon");
            browser.visible(row).findElement(By.tagName("button")).click();
            browser.withText(By.id("feedback-agent.update-interval"), "Setting agent.update-interval");
            browser.screenshot("settings");

            browser.type(input, "3600");
            browser.visible(row).findElement(By.tagName("button")).click();
            browser.withText(By.id("settings-message"), "Saved agent.update-interval");
            assertEquals("3600", settingValue("agent.update-interval"));

            WebElement apiKey = browser.visible(By.id("setting-client-api.key"));
            assertFalse(apiKey.isEnabled(), "pinned by OCO_CLIENT_API_KEY: read-only");
            assertEquals("", apiKey.getAttribute("value"), "a secret is never sent to the browser");
            assertFalse(browser.driver.getPageSource().contains(UiTestSupport.apiKey()));
        } finally {
            UiTestSupport.call("oco.setting.set", Map.of("key", "agent.update-interval", "value", "7200"));
        }
    }

    @Test
    void settingsPageAddsEditsAndRemovesAComputerCommandAndKeepsAPinnedRegistrationKey() {
        String label = newHostname() + "-cmd";
        String hostname = newHostname();
        Map<String, Object> computer = UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        go("#/settings");
        assertFalse(browser.visible(By.id("rotate-registration-key")).isEnabled());
        browser.withText(By.id("registration-key-pinned"), "OCO_AGENT_REGISTRATION_KEY");

        browser.type(By.id("command-label"), label);
        browser.type(By.id("command-template"), "javascript:alert(1)");
        browser.click(By.id("command-submit"));
        browser.visible(By.cssSelector("#command-message .error"));
        assertTrue(command(label).isEmpty(), "a refused template is not stored");

        browser.type(By.id("command-template"), "https://$$ADDRESS$$:8443/");
        browser.click(By.id("command-submit"));
        browser.withText(By.id("command-message"), "Added " + label);
        browser.screenshot("settings-commands");
        browser.click(By.cssSelector("button[data-edit-command='" + label + "']"));
        browser.type(By.id("command-template"), "https://$$HOSTNAME$$/admin");
        browser.click(By.id("command-submit"));
        browser.withText(By.id("command-message"), "Saved " + label);
        assertEquals("https://$$HOSTNAME$$/admin", command(label).orElseThrow().get("template"));

        go("#/computer/" + computer.get("id"));
        assertEquals("https://" + hostname + "/admin",
                browser.visible(By.linkText(label)).getAttribute("href"));

        go("#/settings");
        browser.click(By.cssSelector("button[data-remove-command='" + label + "']"));
        browser.driver.switchTo().alert().accept();
        browser.withText(By.id("command-message"), "Removed " + label);
        assertTrue(command(label).isEmpty());
    }

    private static Optional<Map<String, Object>> command(String label) {
        List<Map<String, Object>> commands = UiTestSupport.call("oco.computer_command.list", Map.of());
        return commands.stream().filter(c -> label.equals(c.get("label"))).findFirst();
    }

    private static String settingValue(String key) {
        List<Map<String, Object>> settings = UiTestSupport.call("oco.setting.list", Map.of());
        return settings.stream().filter(s -> key.equals(s.get("key"))).map(s -> (String) s.get("value"))
                .findFirst().orElseThrow();
    }
}
