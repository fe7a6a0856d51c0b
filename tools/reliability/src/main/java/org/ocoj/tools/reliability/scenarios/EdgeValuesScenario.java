package org.ocoj.tools.reliability.scenarios;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.Hmac;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.agents.NoAnswer;
import org.ocoj.tools.reliability.agents.SignedRequests;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Values that are well-formed JSON but must not be stored: self-registered hostnames with markup, quotes,
 * spaces or control characters; one update with 100,000 packages; strings in overlong or CESU-8 UTF-8. Each is
 * refused with a 400 naming the field and stores nothing, while a plain self-registration still works.
 */
public final class EdgeValuesScenario implements Scenario {

    static final List<String> HOSTNAMES = List.of("<script>alert(1)</script>", "pc\"17", "pc 17", "pc'17", "a..b",
            "-pc", "pc\u0007bell", "pc\ttab", "x".repeat(64), "pc/17", "pc\\17", "pc;drop");

    @Override
    public String name() {
        return "edge-values";
    }

    @Override
    public String promise() {
        return "hostnames with markup/quotes/spaces at self-registration, 100,000 packages, overlong/CESU-8 UTF-8: "
                + "400 naming the field, nothing stored";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        return NoAnswer.measured(name(), outcome -> measure(target, outcome));
    }

    private void measure(Target target, Outcome outcome) throws Exception {
        Admin admin = new Admin(target, outcome.tally());
        try (Fleet fleet = new Fleet(target, "edge")) {
            selfRegistration(outcome, admin, fleet, target);
            SimulatedAgent agent = fleet.registered(1).get(0);
            long id = fleet.computerId(agent);
            packages(outcome, admin, fleet, agent, id);
            utf8(outcome, fleet, agent);
        }
    }

    private static void selfRegistration(Outcome outcome, Admin admin, Fleet fleet, Target target) throws Exception {
        String before = setting(admin, "self-registration.enabled");
        Admin.Reply enabled = admin.call("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "true"));
        if (!enabled.ok() && !"true".equals(before)) {
            outcome.observe("self-registration could not be enabled (" + enabled.error() + "): hostnames not checked");
            return;
        }
        try {
            int known = target.clientApi().computerIds().size();
            for (String hostname : HOSTNAMES) {
                SimulatedAgent stranger = new SimulatedAgent(7, hostname, target.credentials().registrationKey(), null);
                byte[] body = stranger.request("oco.agent.hello", fleet.template().helloJson(stranger));
                AgentTransport.Response response = SignedRequests.send(fleet.transport(), body,
                        Hmac.sign(target.credentials().registrationKey(), body), outcome.tally());
                outcome.expect(response.status() == 400 && String.valueOf(response.body()).contains("hostname"),
                        "self-registration as " + SqlInjectionScenario.quoted(hostname) + " is a 400 naming the field",
                        "HTTP " + response.status() + " " + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
            }
            outcome.expect(target.clientApi().computerIds().size() == known, "refused hostnames store nothing",
                    "computers were added");
            SimulatedAgent plain = new SimulatedAgent(8, fleet.prefix() + "self-" + UUID.randomUUID().toString()
                    .substring(0, 4), target.credentials().registrationKey(), null);
            byte[] body = plain.request("oco.agent.hello", fleet.template().helloJson(plain));
            AgentTransport.Response response = SignedRequests.send(fleet.transport(), body,
                    Hmac.sign(target.credentials().registrationKey(), body), outcome.tally());
            outcome.expect(response.status() == 200, "a plain hostname still self-registers", "HTTP "
                    + response.status() + " " + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
        } finally {
            if (enabled.ok()) {
                admin.call("oco.setting.set", Map.of("key", "self-registration.enabled", "value", before));
            }
        }
    }

    private static void packages(Outcome outcome, Admin admin, Fleet fleet, SimulatedAgent agent, long id)
            throws Exception {
        ObjectNode data = (ObjectNode) Admin.JSON.readTree(fleet.template().updateJson(agent, 0));
        ArrayNode software = data.putArray("software");
        for (int i = 0; i < 100_000; i++) {
            software.addObject().put("name", "rel-package-" + i).put("version", "1." + i).put("description", "");
        }
        byte[] body = agent.request("oco.agent.update", data.toString());
        AgentTransport.Response response = SignedRequests.send(fleet.transport(), body, agent.sign(body), outcome.tally());
        outcome.expect(response.status() == 400 && String.valueOf(response.body()).contains("software"),
                "an update with 100,000 packages is a 400 naming the field", "HTTP " + response.status() + " "
                        + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
        int stored = admin.call("oco.computer.get", Map.of("id", id)).data().path("recognised_software").size();
        outcome.expect(stored == 0, "the refused update stores nothing", stored + " packages stored");
    }

    private static void utf8(Outcome outcome, Fleet fleet, SimulatedAgent agent) {
        byte[][] invalid = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80}, {(byte) 0xFF}};
        String[] names = {"overlong '/' (C0 AF)", "overlong '/' (E0 80 AF)", "CESU-8 surrogate pair", "byte FF"};
        for (int i = 0; i < invalid.length; i++) {
            ObjectNode data;
            try {
                data = (ObjectNode) Admin.JSON.readTree(fleet.template().helloJson(agent));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            data.put("agent_version", "1.2.0-MARK");
            byte[] body = replace(agent.request("oco.agent.hello", data.toString()), "MARK", invalid[i]);
            AgentTransport.Response response = SignedRequests.send(fleet.transport(), body, agent.sign(body),
                    outcome.tally());
            outcome.expect(response.status() == 400, "a string in " + names[i] + " is a 400", "HTTP "
                    + response.status() + " " + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
        }
    }

    private static byte[] replace(byte[] body, String marker, byte[] with) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(with);
        out.write(body, at + marker.length(), body.length - at - marker.length());
        return out.toByteArray();
    }

    private static String setting(Admin admin, String key) {
        com.fasterxml.jackson.databind.JsonNode list = admin.call("oco.setting.list", Map.of()).data();
        for (var setting : list.isArray() ? list : list.path("settings")) {
            if (key.equals(setting.path("key").asText())) {
                return setting.path("value").asText();
            }
        }
        return "false";
    }
}
