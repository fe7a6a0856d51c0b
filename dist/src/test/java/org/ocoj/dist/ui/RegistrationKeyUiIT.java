package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.ServerProcess;
import org.openqa.selenium.By;

/**
 * "Rotate" of the agent registration key on the settings page, and the empty dashboard's guide to the first agent.
 * Needs a server whose key is not pinned by OCO_AGENT_REGISTRATION_KEY (the shared one pins it) and that has no
 * computer yet, so it starts its own (embedded H2, generated key).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationKeyUiIT {

    private static final String PASSWORD = "rotate-admin-1";
    private static final String API_KEY = "rotate-suite-api-key-0123456789abcdef";
    private static final String GENERATED = "Generated the agent registration key (configure agents with it): ";

    private ServerProcess server;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start(Map.of("OCO_SELF_REGISTRATION", "true", "OCO_ADMIN_PASSWORD", PASSWORD,
                "OCO_CLIENT_API_KEY", API_KEY)).awaitReady(Duration.ofSeconds(120));
        browser = Browser.loggedInAsAdmin(server.url(), PASSWORD);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void anEmptyServerShowsHowToConnectTheFirstAgent() {
        browser.open("/");
        browser.withText(By.id("onboarding"), "Connect the first agent");
        String url = server.url().resolve("/api-agent.php").toString();
        browser.withText(By.id("onboarding-ini"), "api-url = " + url);
        browser.withText(By.id("onboarding-ini"), "agent-key = <the registration key>");
        browser.visible(By.id("copy-ini"));
        browser.withText(By.cssSelector("section.widget[data-plugin='self-registration']"),
                "Agents with an unknown hostname may register themselves");

        browser.click(By.id("onboarding-rotate-key"));
        String key = browser.visible(By.id("onboarding-new-key")).getAttribute("value");
        assertEquals(32, key.length());
        browser.withText(By.id("onboarding-ini"), "agent-key = " + key);
        browser.visible(By.id("copy-registration-key"));
        browser.screenshot("dashboard-onboarding");
        assertEquals(200, new AgentClient(server.url(), "onboarded", key)
                .call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status(), "the shown key registers");
        browser.driver.navigate().refresh();
        browser.visible(By.id("count-total"));
        assertTrue(browser.driver.findElements(By.id("onboarding")).isEmpty(), "gone once a computer is there");
    }

    @Test
    @Order(2)
    void rotatingShowsTheNewKeyOnceAndOnlyTheNewKeyRegistersAgents() throws Exception {
        String output = server.generatedSecrets();
        int at = output.indexOf(GENERATED);
        assertNotEquals(-1, at, output);
        String old = output.substring(at + GENERATED.length()).lines().findFirst().orElseThrow().trim();

        browser.open("/#/settings");
        browser.click(By.id("rotate-registration-key"));
        browser.driver.switchTo().alert().accept();
        String rotated = browser.visible(By.id("new-registration-key")).getAttribute("value");
        browser.withText(By.id("registration-key-result"), "it is not shown again");
        browser.screenshot("settings-registration-key");
        assertEquals(32, rotated.length());
        assertNotEquals(old, rotated);

        assertEquals(401, new AgentClient(server.url(), "self-old-key", old)
                .call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status(), "the old key is refused");
        assertEquals(200, new AgentClient(server.url(), "self-new-key", rotated)
                .call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status(), "the new key registers");

        ClientApi api = new ClientApi(server.url(), "admin", PASSWORD, API_KEY);
        List<Map<String, Object>> settings = api.data("oco.setting.list", Map.of());
        assertFalse(settings.toString().contains(rotated), "the API never sends the key again: " + settings);
        browser.driver.navigate().refresh();
        browser.visible(By.id("rotate-registration-key"));
        assertFalse(browser.driver.getPageSource().contains(rotated), "gone from the page after a reload");
    }
}
