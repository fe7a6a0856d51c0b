package org.ocoj.tools.reliability.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Tally;

/** The web UI's session as a browser holds it: the cookie and the CSRF token of the page. */
record UiSession(String cookie, String csrfToken) {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Logs in; null if the login was refused (the answer is counted either way). */
    static UiSession login(Web web, Tally tally, String username, String password, Map<String, String> headers) {
        Answer answer = loginAnswer(web, tally, username, password, headers);
        JsonNode json = Admin.parse(answer.body());
        if (answer.status() != 200 || json == null || Web.cookie(answer) == null) {
            return null;
        }
        return new UiSession(Web.cookie(answer), json.path("csrf_token").asText());
    }

    static Answer loginAnswer(Web web, Tally tally, String username, String password, Map<String, String> headers) {
        ObjectNode credentials = Admin.JSON.createObjectNode().put("username", username).put("password", password);
        Answer answer = web.post("/ui-session/login", "application/json",
                credentials.toString().getBytes(StandardCharsets.UTF_8), headers, TIMEOUT);
        tally.count(answer.status());
        return answer;
    }

    /** A client API call from the UI: no api_key, the cookie, and the given CSRF header value (null: none). */
    static Answer call(Web web, Tally tally, String cookie, String csrf, String method, JsonNode data) {
        ObjectNode request = Admin.JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
        request.putObject("params").set("data", data);
        Map<String, String> headers = csrf == null ? Map.of("Cookie", cookie)
                : Map.of("Cookie", cookie, "X-CSRF-Token", csrf);
        Answer answer = web.post("/api-client.php", "application/json",
                request.toString().getBytes(StandardCharsets.UTF_8), headers, TIMEOUT);
        JsonNode json = Admin.parse(answer.body());
        tally.count(answer.status(), answer.status() == 200 && json != null && !json.hasNonNull("error"));
        return answer;
    }
}
