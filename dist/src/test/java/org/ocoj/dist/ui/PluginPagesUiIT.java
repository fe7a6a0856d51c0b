package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.ocoj.plugins.wol.TestKeys;
import org.ocoj.plugins.wol.TestSshServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Pages that feature plugins contribute through UiContribution, in headless Chromium. */
class PluginPagesUiIT extends AdminBrowserSession {

    private static List<Map<String, Object>> rules() {
        return UiTestSupport.call("oco.event_rule.list", Map.of());
    }

    @Test
    void eventRuleFromATemplateIsValidatedCreatedAndRemoved() {
        browser.open("/");
        browser.click(By.linkText("Event rules"));
        browser.visible(By.id("rule-form"));
        List<Object> before = rules().stream().map(r -> r.get("id")).toList();

        browser.click(By.cssSelector("button[data-template='1']"));
        browser.type(By.id("rule-query"), "<QueryList><Query>");
        browser.click(By.id("rule-submit"));
        browser.visible(By.cssSelector("#rule-message .error"));
        assertEquals(before, rules().stream().map(r -> r.get("id")).toList(), "an invalid rule is not stored");
        browser.screenshot("event-rules-error");

        browser.click(By.cssSelector("button[data-template='1']"));
        browser.click(By.id("rule-submit"));
        browser.withText(By.id("rule-message"), "Created a rule for System");
        Map<String, Object> created = rules().stream().filter(r -> !before.contains(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no new rule"));
        assertEquals("System", created.get("log"));
        By row = By.cssSelector("tr[data-rule-id='" + created.get("id") + "']");
        browser.visible(row);
        browser.screenshot("event-rules");

        browser.open("/#/p/event-monitoring/events");
        browser.visible(By.id("event-range"));
        new Select(browser.visible(By.id("ev-rule"))).selectByValue("System");
        browser.type(By.id("ev-hostname"), "no-such-computer");
        browser.click(By.id("event-filter-submit"));
        browser.withText(By.id("event-range"), "No events match.");

        browser.open("/#/p/event-monitoring/rules");
        browser.click(By.cssSelector("button[data-edit-rule='" + created.get("id") + "']"));
        browser.withText(By.id("rule-form-title"), "Edit the rule for System");
        browser.type(By.id("rule-query"), "<QueryList><Query>");
        browser.click(By.id("rule-submit"));
        browser.visible(By.cssSelector("#rule-message .error"));
        assertEquals(created.get("query"), rule(created.get("id")).get("query"), "an invalid edit changes nothing");
        String edited = "<QueryList><Query Id=\"0\" Path=\"System\"><Select Path=\"System\">"
                + "*[System[(EventID=1131)]]</Select></Query></QueryList>";
        browser.type(By.id("rule-query"), edited);
        browser.click(By.id("rule-submit"));
        browser.withText(By.id("rule-message"), "Saved a rule for System");
        assertEquals(edited, rule(created.get("id")).get("query"));
        browser.withText(row, "EventID=1131");

        browser.visible(row).findElement(By.cssSelector("button.danger")).click();
        browser.driver.switchTo().alert().accept();
        browser.withText(By.id("rule-message"), "Removed the rule for System");
        assertTrue(rules().stream().noneMatch(r -> created.get("id").equals(r.get("id"))));
    }

    private static long createComputer(String hostname) {
        Map<String, Object> created = UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        return ((Number) created.get("id")).longValue();
    }

    private static Map<String, Object> rule(Object id) {
        return rules().stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }

    private static Map<String, Object> service(String status, String name, String metrics, String details) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("status", status);
        service.put("name", name);
        service.put("metrics", metrics);
        service.put("details", details);
        return service;
    }

    @Test
    void servicesOverviewCountsPerStateAndFiltersTheList() {
        String hostname = "ui-svc-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createComputer(hostname);
        Map<String, Object> hello = new LinkedHashMap<>(Captures.data("oco-agent-hello.json"));
        hello.put("force_update", false);
        hello.put("services", List.of(service("0", "Disk /", "used=42;80;90", "42% used"),
                service("2", "Load", "load=2.5;1;2", "load average"), service("1", "Memory", "", "85% used")));
        AgentClient agent = SharedServer.get().agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", hello).status());

        browser.open("/");
        browser.click(By.linkText("Services"));
        browser.visible(By.id("service-range"));
        browser.type(By.id("svc-computer"), String.valueOf(id));
        browser.click(By.id("service-filter-submit"));
        browser.withText(By.id("service-range"), "1–3 of 3");
        assertEquals("1", browser.visible(By.cssSelector("#svc-count-crit .card-value")).getText());
        assertEquals("1", browser.visible(By.cssSelector("#svc-count-warn .card-value")).getText());
        assertEquals("1", browser.visible(By.cssSelector("#svc-count-ok .card-value")).getText());

        new Select(browser.visible(By.id("svc-status"))).selectByValue("CRIT");
        browser.click(By.id("service-filter-submit"));
        browser.withText(By.id("service-range"), "1–1 of 1");
        browser.withText(By.cssSelector("tr[data-service='Load']"), "CRIT");
        browser.screenshot("services");

        for (String load : List.of("0.5", "1.5", "2.5")) { // three more values of the load in its history
            hello.put("services", List.of(service("2", "Load", "load=" + load + ";1;2", "load average")));
            assertEquals(200, agent.call("oco.agent.hello", hello).status());
        }
        browser.open("/#/computer/" + id + "/services");
        By load = By.cssSelector("#computer-services tr[data-service='Load']");
        browser.withText(load, "CRIT");
        browser.withText(load, "load = 2.5 (warn 1, crit 2)");
        browser.click(By.cssSelector("button[data-history='Load']"));
        browser.withText(By.cssSelector("[data-service-history='Load']"), "4 most recent of 4 change(s)");
        browser.withText(By.cssSelector("[data-service-history='Load'] tbody"), "load average");
        By chart = By.cssSelector("[data-service-history='Load'] figure[data-metric='load'] svg");
        assertEquals("4", browser.visible(chart).getAttribute("data-points"));
        assertEquals(4, browser.driver.findElements(By.cssSelector(
                "[data-service-history='Load'] figure[data-metric='load'] circle.point")).size());
        assertEquals(1, browser.driver.findElements(By.cssSelector(
                "[data-service-history='Load'] figure[data-metric='load'] .level.crit")).size());
        assertTrue(browser.visible(chart).getAttribute("aria-label").contains("crit at 2"));
        browser.scrollTo(By.cssSelector("section.plugin-panel[data-plugin='checkmk-services']"));
        browser.screenshot("computer-services");

        Map<String, Object> summary = UiTestSupport.call("oco.service.summary", Map.of());
        browser.open("/");
        By widget = By.cssSelector("section.widget[data-plugin='checkmk-services']");
        browser.withText(widget, "Services by state");
        browser.withText(By.cssSelector("section.widget figure.parts li[data-part='crit']"),
                "CRIT " + summary.get("crit"));
        assertEquals(String.valueOf(summary.get("crit")),
                browser.visible(By.cssSelector("#svc-count-crit .card-value")).getText());
        browser.visible(By.cssSelector("section.widget #svc-count-total")).click();
        browser.visible(By.id("service-range")); // a card leads to the services overview
    }

    @Test
    void theComputerPanelAndTheDashboardShowTheEventsAnAgentSent() {
        String hostname = "ui-ev-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createComputer(hostname);
        var agent = SharedServer.get().agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());
        String now = LocalDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("log", "System");
        event.put("provider", "Microsoft-Windows-GroupPolicy");
        event.put("event_id", 1130);
        event.put("level", 2);
        event.put("timestamp", now);
        event.put("data", Map.of("ErrorCode", "ui-test-" + hostname));
        assertEquals(200, agent.call("oco.agent.events", Map.of("events", List.of(event))).status());

        browser.open("/#/computer/" + id + "/events");
        By panel = By.cssSelector("section.plugin-panel[data-plugin='event-monitoring']");
        browser.withText(panel, "ui-test-" + hostname);
        browser.withText(By.id("computer-event-count"), "of 1 event(s)");
        browser.click(By.cssSelector("#computer-event-count a")); // the Events page, filtered by this computer's name
        browser.withText(By.id("event-range"), "1–1 of 1");
        browser.withText(By.cssSelector("#event-result tbody"), "2 error");
        new Select(browser.visible(By.id("ev-level"))).selectByValue("3");
        browser.click(By.id("event-filter-submit"));
        browser.withText(By.id("event-range"), "No events match.");
        new Select(browser.visible(By.id("ev-level"))).selectByValue("2");
        browser.click(By.id("event-filter-submit"));
        browser.withText(By.id("event-range"), "1–1 of 1");
        browser.screenshot("events");

        browser.open("/");
        By widget = By.cssSelector("section.widget[data-plugin='event-monitoring']");
        browser.withText(widget, "Recent events");
        browser.withText(widget, hostname); // the newest event, with its computer's name
        assertTrue(browser.visible(By.id("recent-events-all")).getAttribute("href").endsWith("#/p/event-monitoring/events"));
        browser.screenshot("dashboard-widgets");
        browser.visible(widget).findElement(By.linkText(hostname)).click();
        browser.withText(By.tagName("h1"), hostname);
    }

    @Test
    void wolSatelliteIsAddedTestedAndPinnedAndTheComputerPanelWakes(@TempDir Path dir) throws Exception {
        TestKeys keys = TestKeys.create(dir, "id_wol", Optional.empty());
        try (TestSshServer satellite = new TestSshServer(keys.publicKeyBlob())) {
            browser.open("/");
            browser.click(By.linkText("WOL satellites"));
            browser.visible(By.id("satellite-form"));
            browser.type(By.id("sat-name"), "ui-sat");
            browser.type(By.id("sat-address"), "127.0.0.1");
            browser.type(By.id("sat-port"), String.valueOf(satellite.port()));
            browser.type(By.id("sat-username"), TestSshServer.USER);
            browser.type(By.id("sat-privkey"), dir.resolve("absent").toString());
            browser.click(By.id("satellite-submit"));
            browser.visible(By.cssSelector("#wol-message .error"));

            browser.type(By.id("sat-privkey"), keys.privateKey().toString());
            browser.click(By.id("satellite-submit"));
            browser.withText(By.id("wol-message"), "Added ui-sat");
            browser.visible(By.cssSelector("tr[data-satellite='ui-sat']")).findElement(By.tagName("button")).click();
            browser.click(By.cssSelector("button[data-pin='ui-sat']"));
            browser.driver.switchTo().alert().accept();
            browser.withText(By.id("wol-message"), "Pinned the host key of ui-sat");
            List<Map<String, Object>> satellites = UiTestSupport.call("oco.wol_satellite.list", Map.of());
            assertTrue(satellites.stream().anyMatch(s -> "ui-sat".equals(s.get("name")) && s.get("host_key") != null));
            // tested again with the pinned key: no pin button, and nothing in its place (it once read "null")
            By row = By.cssSelector("tr[data-satellite='ui-sat']");
            browser.visible(row).findElement(By.tagName("button")).click();
            String tested = browser.withText(row, "matches the pinned key").getText();
            assertFalse(tested.contains("null") || tested.contains("undefined"), tested);
            assertTrue(browser.driver.findElements(By.cssSelector("button[data-pin='ui-sat']")).isEmpty());
            browser.screenshot("wol-satellites");
        } finally {
            List<Map<String, Object>> satellites = UiTestSupport.call("oco.wol_satellite.list", Map.of());
            satellites.forEach(s -> UiTestSupport.call("oco.wol_satellite.remove", Map.of("id", s.get("id"))));
        }

        String hostname = "ui-wol-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createComputer(hostname);
        browser.open("/#/computer/" + id + "/wake-on-lan");
        browser.click(By.id("wol-wake"));
        browser.withText(By.id("wol-result"), "No WOL packet could be sent");

        String withMac = hostname + "-mac";
        long macId = createComputer(withMac);
        UiTestSupport.checkIn(withMac);
        browser.open("/#/computers");
        browser.type(By.id("search"), hostname);
        browser.withText(By.id("range"), "1–2 of 2");
        for (String name : List.of(hostname, withMac)) {
            browser.click(By.cssSelector("tr[data-hostname='" + name + "'] input[type=checkbox]"));
        }
        browser.click(By.cssSelector("button[data-action='wake-on-lan.wake']"));
        browser.withText(By.cssSelector("[data-wol-computer='" + id + "']"),
                hostname + ": no usable MAC address known");
        browser.withText(By.cssSelector("[data-wol-computer='" + macId + "']"), withMac + ": Magic packet for");
        // one banner sums up the two, then one line per computer (not a banner each)
        List<WebElement> banners = browser.driver.findElements(By.cssSelector("#wol-bulk-result > p"));
        assertEquals(1, banners.size());
        assertEquals("Magic packets sent for 1 of 2 computers", banners.get(0).getText());
        assertEquals("alert", banners.get(0).getAttribute("role"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#wol-bulk-result [role]")).size(),
                "only the summary is announced");
        assertFalse(browser.visible(By.id("wol-bulk-result")).getText().contains("null"));
        browser.screenshot("computers-wake");
    }
}
