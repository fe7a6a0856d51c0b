package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The report editor with choices from oco.report.fields (a plugin's scope included), editing an existing
 * report, and the report group tree on the reports page, in headless Chromium.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEditorUiIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.loggedInAsAdmin();
    }

    @AfterAll
    void stop() {
        Optional.ofNullable(browser).ifPresent(Browser::close);
    }

    /** A name no other test or run uses. */
    private String unique(String what) {
        return what + "-" + run + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#conditions li.condition"));
    }

    @Test
    void buildsAPluginConditionSavesAndEditsTheReportIntoAGroup() {
        String prefix = unique("ui-ed");
        String group = unique("ui-rg");
        UiTestSupport.call("oco.report_group.create", Map.of("name", group));
        UiTestSupport.call("oco.computer.create", Map.of("hostname", prefix + "-a"));

        browser.open("/#/reports/new");
        browser.type(By.id("report-name"), prefix);
        new Select(browser.visible(By.cssSelector("#conditions .cond-field"))).selectByValue("hostname");
        new Select(browser.visible(By.cssSelector("#conditions .cond-op"))).selectByValue("starts_with");
        browser.type(By.cssSelector("#conditions .cond-value"), prefix);
        browser.click(By.id("add-condition"));
        WebElement second = rows().get(1);
        List<String> scopes = new Select(second.findElement(By.className("cond-scope"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).collect(Collectors.toList());
        assertTrue(scopes.containsAll(List.of("computer", "software", "service", "event")), scopes.toString());
        new Select(second.findElement(By.className("cond-scope"))).selectByValue("service");
        new Select(second.findElement(By.className("cond-quant"))).selectByValue("not_exists");
        new Select(second.findElement(By.className("cond-field"))).selectByValue("state");
        new Select(second.findElement(By.className("cond-op"))).selectByValue("equals");
        second.findElement(By.className("cond-value")).sendKeys("CRIT");
        browser.click(By.id("report-save"));
        browser.withText(By.id("report-query"), "has no service where state = \"CRIT\"");
        browser.withText(By.id("report-range"), "1–1 of 1");

        browser.click(By.id("edit-report"));
        browser.visible(By.id("report-name"));
        assertEquals("service", new Select(rows().get(1).findElement(By.className("cond-scope"))).getFirstSelectedOption()
                .getAttribute("value"), "the editor shows the stored criteria");
        browser.type(By.id("report-name"), prefix + " edited");
        new Select(rows().get(1).findElement(By.className("cond-quant"))).selectByValue("count");
        new Select(rows().get(1).findElement(By.className("cond-count-op"))).selectByValue("gt");
        new Select(browser.visible(By.id("report-group"))).selectByVisibleText(group);
        browser.screenshot("report-edit");
        browser.click(By.id("report-save"));
        browser.withText(By.tagName("h1"), prefix + " edited");
        browser.withText(By.id("report-query"), "number of service where state = \"CRIT\" > 0");
        browser.withText(By.id("report-range"), "No matching computers");

        browser.open("/#/reports");
        browser.visible(By.cssSelector("section[data-report-group='" + group + "']"));
        browser.visible(By.linkText(prefix + " edited"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorSpeaksInWordsAndTakesRamInGib() {
        String name = unique("ui-ram");
        browser.open("/#/reports/new");
        browser.click(By.id("report-save")); // no name: the server's message in words, without its API path
        String error = browser.withText(By.id("report-error"), "Name: required").getText();
        assertTrue(!error.contains("params.") && !error.contains("data.name"), error);

        browser.type(By.id("report-name"), name);
        Select field = new Select(browser.visible(By.cssSelector("#conditions .cond-field")));
        field.selectByValue("ram");
        assertEquals("RAM", field.getFirstSelectedOption().getText());
        assertTrue(field.getOptions().stream().anyMatch(o -> o.getText().equals("OS version")), "field labels in words");
        Select op = new Select(browser.visible(By.cssSelector("#conditions .cond-op")));
        List<String> operators = op.getOptions().stream().map(WebElement::getText).toList();
        assertTrue(operators.containsAll(List.of("is", "is not", "is less than", "is more than", "is empty")),
                operators.toString());
        assertTrue(operators.stream().noneMatch(o -> List.of("lt", "gt", "<", ">", "not_equals").contains(o)),
                operators.toString());
        op.selectByValue("gt");
        assertEquals("is more than", op.getFirstSelectedOption().getText());
        browser.withText(By.cssSelector("#conditions .cond-unit"), "GiB");
        browser.type(By.cssSelector("#conditions .cond-value"), "8");
        browser.click(By.id("report-save"));
        browser.withText(By.tagName("h1"), name);

        String url = browser.driver.getCurrentUrl(); // …/#/reports/<id>
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Map<String, Object> report = UiTestSupport.call("oco.report.get", Map.of("id", id));
        Map<String, Object> criteria = (Map<String, Object>) report.get("criteria");
        Map<String, Object> condition = criteria.containsKey("field") ? criteria
                : ((List<Map<String, Object>>) criteria.get("all")).get(0);
        assertEquals(Map.of("field", "ram", "op", "gt", "value", 8L * 1024 * 1024 * 1024),
                Map.of("field", condition.get("field"), "op", condition.get("op"),
                        "value", ((Number) condition.get("value")).longValue()), "8 GiB saved in bytes: " + criteria);

        browser.click(By.id("edit-report")); // and shown in GiB again
        assertEquals("8", browser.visible(By.cssSelector("#conditions .cond-value")).getAttribute("value"));
        browser.withText(By.cssSelector("#conditions .cond-unit"), "GiB");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportGroupsAreCreatedRenamedAndRemovedOnTheReportsPage() {
        String group = unique("ui-rg");
        browser.open("/#/reports");
        browser.type(By.id("report-group-name"), group);
        browser.click(By.id("create-report-group"));
        By section = By.cssSelector("section[data-report-group='" + group + "']");
        browser.visible(section);
        new Select(browser.visible(By.id("report-group-parent"))).selectByVisibleText(group);
        browser.type(By.id("report-group-name"), "Child");
        browser.click(By.id("create-report-group"));
        browser.visible(By.cssSelector("section[data-report-group='Child'].depth-1"));
        browser.screenshot("report-groups");

        browser.click(By.cssSelector("section[data-report-group='" + group + "'] button.rename-group"));
        browser.driver.switchTo().alert().sendKeys(group + "-renamed");
        browser.driver.switchTo().alert().accept();
        browser.visible(By.cssSelector("section[data-report-group='" + group + "-renamed']"));

        browser.click(By.cssSelector("section[data-report-group='" + group + "-renamed'] button.remove-group"));
        browser.driver.switchTo().alert().accept();
        browser.withText(By.id("flash"), "Removed report group");
        assertTrue(browser.driver.findElements(By.cssSelector("section[data-report-group='" + group + "-renamed']")).isEmpty());
        Map<String, Object> list = UiTestSupport.call("oco.report.list", Map.of());
        List<Map<String, Object>> roots = (List<Map<String, Object>>) list.get("groups");
        assertTrue(roots.stream().noneMatch(g -> g.get("name").toString().startsWith(group)), "removed with its subgroup");
    }
}
