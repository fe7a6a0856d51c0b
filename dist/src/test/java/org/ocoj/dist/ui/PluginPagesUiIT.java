package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.Captures;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Pages that feature plugins contribute through UiContribution, in headless Chromium. */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginPagesUiIT {

    private Browser browser;

    @BeforeAll
    void logIn() {
        browser = new Browser(UiTestSupport.url());
        browser.open("/");
        browser.type(By.id("username"), "admin");
        browser.type(By.id("password"), UiTestSupport.adminPassword());
        browser.clickable(By.id("login-submit")).click();
        browser.visible(By.id("count-total"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<Map<String, Object>> rules() {
        return UiTestSupport.call("oco.event_rule.list", Map.of());
    }

    @Test
    void eventRuleFromATemplateIsValidatedCreatedAndRemoved() {
        browser.open("/");
        browser.clickable(By.linkText("Event rules")).click();
        browser.visible(By.id("event-range"));
        int before = rules().size();

        browser.clickable(By.cssSelector("button[data-template='1']")).click();
        browser.type(By.id("rule-query"), "<QueryList><Query>");
        browser.clickable(By.id("rule-submit")).click();
        browser.visible(By.cssSelector("#rule-message .error"));
        assertTrue(rules().size() == before, "an invalid rule is not stored");
        browser.screenshot("event-rules-error");

        browser.clickable(By.cssSelector("button[data-template='1']")).click();
        browser.clickable(By.id("rule-submit")).click();
        browser.withText(By.id("rule-message"), "Created a rule for System");
        browser.visible(By.cssSelector("tr[data-rule-log='System']"));
        assertTrue(rules().stream().anyMatch(r -> "System".equals(r.get("log"))));
        browser.screenshot("event-rules");

        browser.type(By.id("ev-log"), "System");
        browser.clickable(By.id("event-filter-submit")).click();
        browser.withText(By.id("event-range"), "No events");

        browser.visible(By.cssSelector("tr[data-rule-log='System'] button")).click();
        browser.driver.switchTo().alert().accept();
        browser.withText(By.id("rule-message"), "Removed the rule for System");
        assertTrue(rules().stream().noneMatch(r -> "System".equals(r.get("log"))));
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
        Map<String, Object> created = UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        long id = ((Number) created.get("id")).longValue();
        Map<String, Object> hello = new LinkedHashMap<>(Captures.data("oco-agent-hello.json"));
        hello.put("force_update", false);
        hello.put("services", List.of(service("0", "Disk /", "used=42;80;90", "42% used"),
                service("2", "Load", "load=2.5;1;2", "load average"), service("1", "Memory", "", "85% used")));
        assertEquals(200, SharedServer.get().agent(hostname).call("oco.agent.hello", hello).status());

        browser.open("/");
        browser.clickable(By.linkText("Services")).click();
        browser.visible(By.id("service-range"));
        browser.type(By.id("svc-computer"), String.valueOf(id));
        browser.clickable(By.id("service-filter-submit")).click();
        browser.withText(By.id("service-range"), "1–3 of 3");
        assertEquals("1", browser.visible(By.cssSelector("#svc-count-crit .card-value")).getText());
        assertEquals("1", browser.visible(By.cssSelector("#svc-count-warn .card-value")).getText());
        assertEquals("1", browser.visible(By.cssSelector("#svc-count-ok .card-value")).getText());

        new Select(browser.visible(By.id("svc-status"))).selectByValue("CRIT");
        browser.clickable(By.id("service-filter-submit")).click();
        browser.withText(By.id("service-range"), "1–1 of 1");
        browser.withText(By.cssSelector("tr[data-service='Load']"), "CRIT");
        browser.screenshot("services");
    }
}
