package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.ScopeFleet;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator makes a custom role, changes its permissions in the form and removes it, and creates an operator
 * limited to the computer group "Berlin" in the browser; that operator logs in (in the same Chromium, after the
 * administrator logged out) and finds Berlin's two computers — one in Berlin, one in its subgroup Mitte — and
 * nothing of Hamburg's or of the computer in no group: in the computer list, its search and its CSV export, a report
 * and its CSV, the dashboard count, the events and the services (and their CSV); a Hamburg computer's id typed into
 * the URL is an error. The operator ends with "Log out everywhere".
 */
class ScopedOperatorUiIT extends AdminBrowserSession {

    @Test
    void anOperatorScopedToBerlinSeesBerlinOnlyEverywhere() {
        String prefix = "su" + UUID.randomUUID().toString().substring(0, 6);
        ScopeFleet fleet = ScopeFleet.build(SharedServer.get(), prefix);
        Map<String, Object> report = UiTestSupport.call("oco.report.create", Map.of("name", prefix + " fleet",
                "criteria", Map.of("field", "hostname", "op", "starts_with", "value", prefix + "-"),
                "columns", List.of("hostname")));
        String operator = prefix + "-op";

        browser.open("/#/accounts");
        String role = prefix + "-helpdesk";
        browser.type(By.id("new-role-name"), role);
        browser.click(By.cssSelector("#new-role input[data-permission='computers.read']"));
        browser.click(By.cssSelector("#new-role input[data-permission='computers.manage']"));
        browser.click(By.id("new-role-submit"));
        browser.withText(By.id("accounts-message"), "Created the role " + role);
        assertEquals(List.of("signed_in", "computers.read", "computers.manage"), permissionsOf(role));
        browser.click(By.cssSelector("[data-role-edit='" + role + "']"));
        browser.withText(By.cssSelector("#new-role h3"), "Change the role " + role);
        browser.click(By.cssSelector("#new-role input[data-permission='computers.manage']"));
        browser.click(By.cssSelector("#new-role input[data-permission='groups.manage']"));
        browser.click(By.id("new-role-submit"));
        browser.withText(By.id("accounts-message"), "Changed the role " + role);
        assertEquals(List.of("signed_in", "computers.read", "groups.manage"), permissionsOf(role));
        browser.click(By.cssSelector("[data-role-remove='" + role + "']"));
        browser.withText(By.id("accounts-message"), "Removed the role " + role);

        browser.type(By.id("new-account-username"), operator);
        new Select(browser.visible(By.id("new-account-role"))).selectByValue("operator");
        browser.waitFor(d -> !new Select(d.findElement(By.id("new-account-groups"))).getOptions().isEmpty());
        new Select(browser.visible(By.id("new-account-groups"))).selectByVisibleText(prefix + " Berlin");
        browser.click(By.id("new-account-submit"));
        String generated = browser.visible(By.id("generated-password")).getText();
        browser.withText(By.cssSelector("details:has([data-account-scope='" + operator + "']) summary"),
                prefix + " Berlin");
        browser.screenshot("accounts-scoped-operator");
        browser.open("/#/"); // the next login shows the page the address names: the dashboard
        browser.visible(By.id("count-total"));
        browser.click(By.id("logout"));

        browser.logInChoosingPassword(operator, generated, "berlin-only-operator-secret");

        browser.waitFor(d -> "2".equals(d.findElement(By.cssSelector("#count-total .card-value")).getText()));
        // the activity charts count the whole fleet: hidden for a scoped account, and it is told why
        browser.withText(By.id("activity-hidden"), "an account limited to computer groups does not see them");
        assertTrue(browser.driver.findElements(By.cssSelector("#activity svg")).isEmpty());

        browser.open("/#/computers");
        browser.withText(By.id("range"), "1–2 of 2");
        assertOnlyBerlin(fleet, browser.visible(By.id("computer-list")).getText());
        browser.type(By.id("search"), prefix);
        browser.withText(By.id("range"), "1–2 of 2");
        assertOnlyBerlin(fleet, browser.visible(By.id("computer-list")).getText());
        browser.click(By.id("computers-export-csv"));
        browser.withText(By.id("computers-csv"), "computers.csv (2 row(s))");
        browser.type(By.id("search"), fleet.hostname("h1"));
        browser.withText(By.id("computer-list"), "No computer matches.");

        browser.open("/#/reports/" + report.get("id"));
        browser.withText(By.id("report-result"), fleet.hostname("m1"));
        assertOnlyBerlin(fleet, browser.visible(By.id("report-result")).getText());
        browser.click(By.id("export-csv"));
        browser.withText(By.id("report-csv"), "(2 row(s))");

        browser.open("/#/p/event-monitoring/events");
        browser.withText(By.id("event-range"), "1–2 of 2");
        assertOnlyBerlin(fleet, browser.visible(By.id("event-result")).getText());

        browser.open("/#/p/checkmk-services/overview");
        browser.withText(By.id("service-range"), "1–2 of 2");
        assertOnlyBerlin(fleet, browser.visible(By.id("service-result")).getText());
        browser.click(By.id("service-export-csv"));
        browser.withText(By.id("service-csv"), "services.csv (2 row(s))");
        browser.screenshot("services-scoped-operator");

        browser.open("/#/computer/" + fleet.hamburgPc);
        browser.withText(By.cssSelector("main .error"), "Not found: computer " + fleet.hamburgPc);
        browser.open("/#/computer/" + fleet.mittePc);
        browser.withText(By.tagName("h1"), fleet.hostname("m1"));

        browser.open("/#/account");
        browser.click(By.id("logout-everywhere"));
        browser.withText(By.tagName("body"), "You are logged out everywhere.");
        browser.visible(By.id("login-submit"));
        assertEquals(0, SharedServer.get().database.count("SELECT COUNT(*) FROM admin_session WHERE username = ?",
                operator), "no session of the operator is left");
    }

    private static Object permissionsOf(String role) {
        return UiTestSupport.<Map<String, List<Map<String, Object>>>>call("oco.role.list", Map.of()).get("roles")
                .stream().filter(r -> role.equals(r.get("name"))).findFirst().orElseThrow().get("permissions");
    }

    private static void assertOnlyBerlin(ScopeFleet fleet, String text) {
        assertTrue(text.contains(fleet.hostname("b1")) && text.contains(fleet.hostname("m1")), text);
        assertFalse(text.contains(fleet.hostname("h1")) || text.contains(fleet.hostname("x1")), text);
        assertEquals(-1, text.indexOf(fleet.prefix + "-new"));
    }
}
