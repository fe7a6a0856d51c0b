package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The groups and reports pages and the computer detail's groups and commands, in headless Chromium. */
class GroupsReportsUiIT extends AdminBrowserSession {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long id(Map<String, Object> created) {
        return ((Number) created.get("id")).longValue();
    }

    @Test
    void groupTreeCreatesRenamesAndTheComputerPageAddsToAGroupAndShowsCommands() {
        String top = unique("uig");
        long topId = id(UiTestSupport.call("oco.computer_group.create", Map.of("name", top)));
        UiTestSupport.call("oco.computer_group.create", Map.of("name", "Laptops", "parent_computer_group_id", topId));
        String hostname = unique("ui-grp");
        long computerId = id(UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname)));

        browser.open("/#/groups");
        browser.click(By.cssSelector("li[data-group='" + top + "'] > button.toggle"));
        browser.visible(By.cssSelector("li[data-group='" + top + "'] li[data-group='Laptops']"));
        browser.click(By.linkText(top));
        browser.withText(By.tagName("h1"), top);

        browser.type(By.id("group-name"), "Laptops");
        browser.click(By.id("group-create-submit"));
        browser.withText(By.id("group-message"), "A group named");
        browser.type(By.id("group-name"), "Desktops");
        browser.click(By.id("group-create-submit"));
        browser.withText(By.id("group-message"), "Created group Desktops");
        browser.visible(By.cssSelector("#subgroups li[data-group='Desktops']"));

        browser.type(By.id("group-rename"), top + "-renamed");
        browser.click(By.id("group-rename-submit"));
        browser.withText(By.id("group-message"), "Renamed to " + top + "-renamed");
        browser.screenshot("group");

        browser.open("/#/computer/" + computerId);
        browser.visible(By.cssSelector("#section-commands a[data-command='ssh']"));
        assertTrue(browser.driver.findElement(By.cssSelector("#section-commands a[data-command='ssh']"))
                .getAttribute("href").startsWith("ssh://" + hostname));
        String path = top + "-renamed / Desktops";
        browser.visible(By.xpath("//select[@id='add-group']/option[text()='" + path + "']"));
        new Select(browser.visible(By.id("add-group"))).selectByVisibleText(path);
        browser.click(By.id("add-group-submit"));
        browser.withText(By.id("groups-message"), "Added to " + path);
        browser.visible(By.cssSelector("#computer-groups li[data-group='Desktops']"));
        Map<String, Object> computer = UiTestSupport.call("oco.computer.get", Map.of("id", computerId));
        assertEquals(1, ((List<?>) computer.get("groups")).size());

        browser.click(By.cssSelector("#computer-groups li[data-group='Desktops'] button"));
        browser.withText(By.id("groups-message"), "Removed from Desktops");
        computer = UiTestSupport.call("oco.computer.get", Map.of("id", computerId));
        assertEquals(0, ((List<?>) computer.get("groups")).size());

        String other = unique("uig-other");
        long otherId = id(UiTestSupport.call("oco.computer_group.create", Map.of("name", other)));
        browser.open("/#/groups/" + topId);
        moveTo(top + "-renamed / Laptops");
        browser.withText(By.id("group-message"), "cannot be moved into itself or one of its subgroups");
        moveTo(other);
        browser.withText(By.id("group-message"), "Moved to " + other);
        Map<String, Object> below = UiTestSupport.call("oco.computer.list", Map.of("computer_group_id", otherId));
        assertEquals(List.of(top + "-renamed"), ((List<?>) below.get("groups")).stream()
                .map(g -> ((Map<?, ?>) g).get("name")).toList());
    }

    private void moveTo(String path) {
        browser.visible(By.xpath("//select[@id='group-move']/option[text()='" + path + "']"));
        new Select(browser.visible(By.id("group-move"))).selectByVisibleText(path);
        browser.click(By.id("group-move-submit"));
    }

    @Test
    void reportEditorShowsTheServersErrorSavesRunsAndExportsCsv() {
        String prefix = unique("ui-rep");
        for (String suffix : List.of("a", "b")) {
            UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-" + suffix));
        }
        browser.open("/#/reports");
        browser.click(By.linkText("No inventory yet"));
        browser.withText(By.id("report-query"), "last_update");
        browser.visible(By.cssSelector("#report-result table"));
        browser.click(By.id("export-csv"));
        browser.withText(By.id("report-csv"), "row(s)");

        browser.open("/#/reports/new");
        browser.type(By.id("report-name"), prefix);
        new Select(browser.visible(By.cssSelector("#conditions .cond-field"))).selectByValue("hostname");
        new Select(browser.visible(By.cssSelector("#conditions .cond-op"))).selectByValue("regex");
        browser.type(By.cssSelector("#conditions .cond-value"), "([");
        browser.click(By.id("report-save"));
        browser.visible(By.cssSelector("#report-error .error"));
        browser.screenshot("report-editor");

        new Select(browser.visible(By.cssSelector("#conditions .cond-op"))).selectByValue("starts_with");
        browser.type(By.cssSelector("#conditions .cond-value"), prefix);
        browser.click(By.id("report-save"));
        browser.withText(By.id("report-range"), "1–2 of 2");
        browser.visible(By.linkText(prefix + "-a"));
        browser.visible(By.linkText(prefix + "-b"));
        browser.screenshot("report");
    }
}
