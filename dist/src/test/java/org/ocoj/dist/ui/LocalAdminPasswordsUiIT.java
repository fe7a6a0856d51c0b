package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.PasswordCrypto;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;

/** A rotation rule added on the group page; the rotated password revealed on the computer page, audited. */
class LocalAdminPasswordsUiIT extends AdminBrowserSession {

    private static long id(Map<String, Object> created) {
        return ((Number) created.get("id")).longValue();
    }

    @Test
    void aRuleIsAddedOnTheGroupPageAndTheRotatedPasswordIsRevealedOnTheComputerPage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String hostname = "uilaps-" + suffix;
        long computer = id(UiTestSupport.call("oco.computer.create", Map.of("hostname", hostname)));
        long group = id(UiTestSupport.call("oco.computer_group.create", Map.of("name", "UI LAPS " + suffix)));
        try {
            UiTestSupport.call("oco.computer.add_to_group", Map.of("computer_id", computer, "computer_group_id", group));
            browser.open("/#/groups/" + group);
            browser.type(By.id("rule-username"), "localadmin");
            browser.click(By.id("password-rule-submit"));
            browser.withText(By.id("password-rule-list"), "localadmin");

            AgentClient agent = SharedServer.get().agent(hostname);
            AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
            assertEquals(1, ((List<?>) hello.params().get("update-passwords")).size(), hello.body());
            assertEquals(200, agent.call("oco.agent.passwords", Map.of("passwords", List.of(Map.of("username",
                    "localadmin", "password", PasswordCrypto.encrypt(agent.agentKey, "Ui-Pass-4711"))))).status());

            browser.open("/#/computer/" + computer);
            browser.withText(By.tagName("h1"), hostname);
            browser.click(By.id("tab-passwords"));
            browser.withText(By.id("password-state"), "localadmin: rotated");
            browser.click(By.id("passwords-reveal"));
            browser.withText(By.id("revealed-passwords"), "Ui-Pass-4711");
            browser.visible(By.cssSelector("button[aria-label='Copy the current password of localadmin']"));

            Map<String, Object> audit = UiTestSupport.call("oco.audit.list", Map.of("action", "oco.computer.passwords",
                    "computer_id", computer));
            assertEquals(1, ((Number) audit.get("total")).intValue(), audit.toString());
        } finally {
            UiTestSupport.call("oco.computer.remove", Map.of("id", computer));
            UiTestSupport.call("oco.computer_group.remove", Map.of("id", group));
        }
    }
}
