package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** CSV exports of the computer list and the services, and the computer actions on a report's result, in Chromium. */
class ListsAndExportsUiIT extends AdminBrowserSession {

    private static String checkedIn(String hostname) {
        UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname));
        UiTestSupport.checkIn(hostname);
        return hostname;
    }

    @Test
    void theComputerListExportsTheSearchedComputersAndShowsAddressColumns() {
        String prefix = "uicsv" + UUID.randomUUID().toString().substring(0, 6);
        checkedIn(prefix + "-a");
        checkedIn(prefix + "-b");
        browser.open("/#/computers");
        browser.click(By.cssSelector("details.columns summary"));
        browser.click(By.xpath("//details[contains(@class,'columns')]//label[normalize-space()='IP addresses']/input"));
        browser.type(By.id("search"), prefix);
        browser.withText(By.id("range"), "1–2 of 2");
        browser.withText(By.id("computer-list"), "192.0.2.2, fd00::2");
        browser.click(By.id("computers-export-csv"));
        browser.withText(By.id("computers-csv"), "computers.csv (2 row(s))");
    }

    @Test
    void theServicesPageExportsItsFilter() {
        browser.open("/");
        browser.click(By.linkText("Services"));
        browser.visible(By.id("service-range"));
        browser.click(By.id("service-export-csv"));
        browser.withText(By.id("service-csv"), "services.csv (");
    }

    @Test
    void aReportsResultsAreAddedToAGroupAndForcedToUpdate() {
        String prefix = "uirep" + UUID.randomUUID().toString().substring(0, 6);
        checkedIn(prefix + "-a");
        checkedIn(prefix + "-b");
        Map<String, Object> report = UiTestSupport.call("oco.report.create", Map.of("name", prefix,
                "criteria", Map.of("field", "hostname", "op", "starts_with", "value", prefix)));
        String group = prefix + "-group";
        Object groupId = UiTestSupport.<Map<String, Object>>call("oco.computer_group.create", Map.of("name", group))
                .get("id");

        browser.open("/#/reports/" + report.get("id"));
        browser.withText(By.id("report-range"), "1–2 of 2");
        browser.click(By.id("report-select-all"));
        browser.withText(By.id("selected-count"), "Selected (2");
        browser.visible(By.xpath("//select[@id='bulk-group']/option[text()='" + group + "']"));
        new Select(browser.visible(By.id("bulk-group"))).selectByVisibleText(group);
        browser.click(By.id("add-selected-to-group"));
        browser.withText(By.id("action-result"), "Added to " + group + ": 2 computer(s)");
        Map<String, Object> members = UiTestSupport.call("oco.computer.list", Map.of("computer_group_id", groupId));
        assertEquals(2, ((List<?>) members.get("computers")).size());

        browser.click(By.cssSelector("#report-result input[aria-label='Select " + prefix + "-a']"));
        browser.click(By.id("force-selected"));
        browser.withText(By.id("action-result"), "Force update requested for 1 computer(s)");
        Map<String, Object> computers = UiTestSupport.call("oco.computer.list", Map.of("search", prefix + "-a"));
        @SuppressWarnings("unchecked")
        Map<String, Object> forced = ((List<Map<String, Object>>) computers.get("computers")).get(0);
        assertEquals(1, ((Number) forced.get("force_update")).intValue());
    }
}
