package org.ocoj.tools.reliability.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.ocoj.tools.loadgen.verify.ClientApi;
import org.ocoj.tools.reliability.agents.ExactJson;
import org.ocoj.tools.reliability.suite.Tally;
import org.ocoj.tools.reliability.target.Target;

/**
 * Client API calls as the admin that count into a scenario's tally and never throw for what the server answers:
 * an answer is its HTTP status, its parsed JSON (null if it is none) and the raw body.
 */
final class Admin {

    static final ObjectMapper JSON = ExactJson.MAPPER;

    private final ClientApi api;
    private final Tally tally;

    Admin(Target target, Tally tally) {
        this.api = target.clientApi();
        this.tally = tally;
    }

    record Reply(int status, JsonNode json, String body) {
        boolean ok() {
            return status == 200 && json != null && json.has("result") && !json.hasNonNull("error");
        }

        JsonNode data() {
            return json == null ? JSON.missingNode() : json.path("result").path("data");
        }

        String error() {
            return json == null ? body : json.path("error").path("message").asText(body);
        }
    }

    Reply call(String method, Map<String, Object> data) {
        return send(api.request(method, data).toString());
    }

    /** Sends any body as the admin (with the admin's Basic credentials). */
    Reply send(String body) {
        ClientApi.Answer answer;
        try {
            answer = api.post(body);
        } catch (IllegalStateException e) {
            tally.count(0);
            return new Reply(0, null, "no answer: " + e.getMessage());
        }
        JsonNode json = parse(answer.body());
        Reply reply = new Reply(answer.status(), json, answer.body());
        tally.count(answer.status(), reply.ok());
        return reply;
    }

    ClientApi api() {
        return api;
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
