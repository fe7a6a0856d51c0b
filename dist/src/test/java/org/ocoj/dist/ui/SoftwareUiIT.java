package org.ocoj.dist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;

/** The software page in headless Chromium: search, one name's versions per OS, and the computers having it. */
class SoftwareUiIT extends AdminBrowserSession {

    @Test
    void searchOpenANameAndNarrowItsComputersToOneVersion() {
        String prefix = "uisw" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 2; i++) {
            String hostname = prefix + "-pc" + i;
            UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
            Map<String, Object> inventory = UiTestSupport.capture("oco-agent-update.json");
            @SuppressWarnings("unchecked")
            List<Object> software = new ArrayList<>((List<Object>) inventory.get("software"));
            software.add(Map.of("name", prefix + "-viewer", "version", i == 0 ? "3.1" : "3.2", "description", "x"));
            inventory.put("software", software);
            UiTestSupport.checkIn(hostname, inventory);
        }

        browser.open("/#/software");
        browser.type(By.id("software-search"), prefix);
        browser.withText(By.id("software-range"), "1–1 of 1");
        browser.click(By.linkText(prefix + "-viewer"));
        browser.withText(By.tagName("h1"), prefix + "-viewer");
        browser.withText(By.id("software-summary"), "2 computer(s), 2 version(s)");
        browser.withText(By.id("software-computers"), prefix + "-pc0");

        browser.click(By.cssSelector("#software-versions button[data-version='3.2']"));
        browser.withText(By.id("software-computers"), "Only version 3.2");
        browser.withText(By.id("computers-range"), "1–1 of 1");
        browser.click(By.linkText(prefix + "-pc1"));
        browser.withText(By.tagName("h1"), prefix + "-pc1");
    }
}
