package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;

/** Renaming a computer and editing its notes on its page, in headless Chromium. */
class ComputerEditUiIT extends AdminBrowserSession {

    @Test
    void renameAndNotesAreSavedAndShownInTheHistory() {
        String hostname = "uiedit-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        Object id = created.get("id");
        browser.open("/#/computer/" + id);
        browser.withText(By.tagName("h1"), hostname); // a hash change re-renders after the old page was still shown
        browser.click(By.id("edit-open"));
        browser.type(By.id("edit-hostname"), "two words");
        browser.click(By.id("edit-submit"));
        browser.withText(By.id("edit-error"), "Not a valid host name");

        browser.type(By.id("edit-hostname"), hostname + "-new");
        browser.type(By.id("edit-notes"), "moved to room 2");
        browser.click(By.id("edit-submit"));
        browser.withText(By.tagName("h1"), hostname + "-new");
        browser.click(By.id("tab-history"));
        browser.withText(By.id("section-history"), "Edited by admin: Hostname " + hostname + " → " + hostname + "-new");

        Map<String, Object> computer = UiTestSupport.call("oco.computer.get", Map.of("id", id));
        Map<?, ?> general = (Map<?, ?>) computer.get("general");
        assertEquals(hostname + "-new", general.get("hostname"));
        assertEquals("moved to room 2", general.get("notes"));
    }

    @Test
    void aComputerIsCreatedWithTheKeysItsAgentAlreadyHas() {
        String hostname = "uikeys-" + UUID.randomUUID().toString().substring(0, 8);
        String agentKey = "ui-agent-key-" + UUID.randomUUID();
        browser.open("/#/computers/new");
        browser.type(By.id("hostname"), hostname);
        browser.click(By.cssSelector("#own-keys summary"));
        browser.type(By.id("agent-key"), agentKey);
        browser.type(By.id("server-key"), "ui-server-key-" + UUID.randomUUID());
        browser.click(By.id("create-submit"));
        browser.withText(By.tagName("h1"), hostname);
        assertEquals(agentKey, SharedServer.get().database.string("SELECT agent_key FROM computer WHERE hostname = ?",
                hostname));
    }
}
