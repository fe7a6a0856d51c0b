package org.ocoj.tools.reliability.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Cross-site request forgery against the web UI's session: another site can make the browser send the cookie,
 * but not the CSRF header, nor a JSON login. Every forged call is refused and changes nothing.
 */
public final class CsrfScenario implements Scenario {

    @Override
    public String name() {
        return "csrf";
    }

    @Override
    public String promise() {
        return "session calls without the right X-CSRF-Token (and cross-site form logins) are refused and change nothing";
    }

    @Override
    public ScenarioResult run(Target target, Size size) {
        Outcome outcome = new Outcome(name());
        Web web = new Web(target.url());
        UiSession session = UiSession.login(web, outcome.tally(), target.credentials().adminUser(),
                target.credentials().adminPassword(), Map.of());
        if (!outcome.expect(session != null, "the admin can log in to the UI", "login refused")) {
            return outcome.result();
        }
        String hostname = "rel-csrf-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode create = Admin.JSON.createObjectNode().put("hostname", hostname);
        expectStatus(outcome, "a state change without the token", 403,
                UiSession.call(web, outcome.tally(), session.cookie(), null, "oco.computer.create", create));
        expectStatus(outcome, "a state change with a wrong token", 403,
                UiSession.call(web, outcome.tally(), session.cookie(), "x" + session.csrfToken(), "oco.computer.create", create));
        UiSession other = UiSession.login(web, outcome.tally(), target.credentials().adminUser(),
                target.credentials().adminPassword(), Map.of());
        if (other != null) {
            expectStatus(outcome, "a state change with another session's token", 403,
                    UiSession.call(web, outcome.tally(), session.cookie(), other.csrfToken(), "oco.computer.create", create));
        }
        expectStatus(outcome, "a forged session cookie", 401,
                UiSession.call(web, outcome.tally(), "OCOJ_SESSION=forged" + hostname, session.csrfToken(),
                        "oco.computer.create", create));
        Answer form = web.post("/ui-session/login", "application/x-www-form-urlencoded",
                ("username=" + target.credentials().adminUser() + "&password=x").getBytes(StandardCharsets.UTF_8),
                Map.of(), UiSession.TIMEOUT);
        outcome.tally().count(form.status());
        outcome.expect(form.status() == 400 && form.header("set-cookie") == null,
                "a login form posted from another site is refused", form.summary());
        Answer logout = web.post("/ui-session/logout", null, new byte[0], Map.of("Cookie", session.cookie()),
                UiSession.TIMEOUT);
        outcome.tally().count(logout.status());
        expectStatus(outcome, "a logout without the token (forced logout from another site)", 403, logout);

        boolean created = target.clientApi().computerIds().containsKey(hostname);
        outcome.expect(!created, "refused calls change nothing", hostname + " was created by a refused call");
        Answer control = UiSession.call(web, outcome.tally(), session.cookie(), session.csrfToken(),
                "oco.computer.summary", Admin.JSON.createObjectNode());
        expectStatus(outcome, "the same session with its token still works", 200, control);
        return outcome.result();
    }

    private static void expectStatus(Outcome outcome, String what, int status, Answer answer) {
        outcome.expect(answer.status() == status, what + " is answered " + status, answer.summary());
    }
}
