package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Accounts in the browser: an administrator creates a viewer (its generated password is shown once), the viewer
 * must choose its own password first, then sees computers without any button that would change them, and the
 * administrator finds all of it in the audit log page.
 */
@ExtendWith(SharedServer.class)
class AccountsUiIT {

    @Test
    void anAdministratorCreatesAViewerWhoMustChooseAPasswordAndCannotChangeAnything() {
        String viewer = "ui-viewer-" + UUID.randomUUID().toString().substring(0, 6);
        String hostname = "ui-acc-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> computer = UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        String generated;
        try (Browser admin = Browser.loggedInAsAdmin()) {
            admin.open("/#/accounts");
            admin.type(By.id("new-account-username"), viewer);
            new Select(admin.visible(By.id("new-account-role"))).selectByValue("viewer");
            admin.click(By.id("new-account-submit"));
            generated = admin.visible(By.id("generated-password")).getText();
            assertEquals(20, generated.length());
            admin.visible(By.cssSelector("[data-account-remove='" + viewer + "']"));
            admin.screenshot("accounts");
        }

        try (Browser browser = new Browser(UiTestSupport.url())) {
            browser.open("/");
            browser.logInChoosingPassword(viewer, generated, "my-own-viewing-secret");
            browser.visible(By.cssSelector("#count-total .card-value"));

            List<String> navigation = browser.visible(By.id("nav")).findElements(By.tagName("a")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(navigation.contains("Computers"), navigation.toString());
            assertFalse(navigation.contains("Settings") || navigation.contains("Accounts")
                    || navigation.contains("Audit log") || navigation.contains("Plugins"), navigation.toString());

            browser.open("/#/computer/" + computer.get("id"));
            browser.withText(By.tagName("h1"), hostname);
            for (String button : List.of("force-update", "reset-agent-clock", "remove-computer", "add-group-submit")) {
                assertFalse(browser.visible(By.tagName("main")).findElement(By.id(button)).isDisplayed(),
                        button + " is not offered to a viewer");
            }
            browser.open("/#/computers");
            browser.type(By.id("search"), hostname);
            browser.withText(By.id("computer-list"), hostname);
            assertFalse(browser.visible(By.tagName("main")).findElement(By.id("force-selected")).isDisplayed());
            browser.screenshot("viewer-computers");
        }

        try (Browser admin = Browser.loggedInAsAdmin()) {
            admin.open("/#/audit");
            admin.type(By.id("audit-actor"), viewer);
            admin.click(By.id("audit-filter-submit"));
            admin.withText(By.id("audit-entries"), "oco.admin.password");
            admin.screenshot("audit-log");
        }
    }
}
