package org.ocoj.platform.ocoimport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.json.Json;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;

/**
 * Event query rules (plugin {@code event-monitoring}) and the upstream {@code wol-satellites} setting (plugin
 * {@code wake-on-lan}), each matched against what the plugin already has so a re-run adds nothing twice.
 */
@Dependent
class PluginDataImport {

    private final PluginCalls plugins;

    @Inject
    PluginDataImport(PluginCalls plugins) {
        this.plugins = plugins;
    }

    void eventRules(UpstreamReader upstream, ImportSummary summary, ClientCall call) {
        List<Map<String, Object>> rules = upstream.eventRules();
        if (rules.isEmpty()) {
            return;
        }
        Optional<ClientMethod> list = plugins.find("oco.event_rule.list");
        Optional<ClientMethod> create = plugins.find("oco.event_rule.create");
        if (list.isEmpty() || create.isEmpty()) {
            rules.forEach(r -> summary.count("event_rules", Outcome.SKIPPED));
            summary.attention(rules.size() + " event query rule(s) not imported: the plugin event-monitoring is not enabled");
            return;
        }
        List<?> existing = (List<?>) plugins.call(list.get(), Map.of(), call);
        for (Map<String, Object> rule : rules) {
            Map<String, Object> data = Map.of("log", String.valueOf(rule.get("log")), "query",
                    String.valueOf(rule.get("query")));
            boolean known = existing.stream().map(e -> (Map<?, ?>) e)
                    .anyMatch(e -> data.get("log").equals(e.get("log")) && data.get("query").equals(e.get("query")));
            if (known) {
                summary.count("event_rules", Outcome.UNCHANGED);
                continue;
            }
            try {
                if (!summary.dryRun()) {
                    plugins.call(create.get(), data, call);
                }
                summary.count("event_rules", Outcome.CREATED);
            } catch (RequestException e) {
                summary.count("event_rules", Outcome.SKIPPED);
                summary.attention("Event rule for log \"" + data.get("log") + "\" not imported: " + e.getMessage());
            }
        }
    }

    /**
     * Upstream's satellites ({@code [{"address","port","username","privkey","pubkey","COMMAND"}]}, key files on the
     * upstream server). OCO-J checks the key file when a satellite is stored and uses a satellite only once its
     * host key is confirmed ({@code oco.wol_satellite.test}): both need the admin.
     */
    void wolSatellites(String json, ImportSummary summary, ClientCall call) {
        List<?> satellites;
        try {
            Object parsed = json == null || json.isBlank() ? List.of() : Json.parse(json);
            satellites = parsed instanceof List<?> l ? l : List.of();
        } catch (IOException e) {
            summary.attention("The upstream setting wol-satellites is not JSON and was not imported: " + Json.reason(e));
            return;
        }
        if (satellites.isEmpty()) {
            return;
        }
        Optional<ClientMethod> list = plugins.find("oco.wol_satellite.list");
        Optional<ClientMethod> create = plugins.find("oco.wol_satellite.create");
        if (list.isEmpty() || create.isEmpty()) {
            satellites.forEach(s -> summary.count("wol_satellites", Outcome.SKIPPED));
            summary.attention(satellites.size() + " WOL satellite(s) not imported: the plugin wake-on-lan is not enabled");
            return;
        }
        List<?> existing = (List<?>) plugins.call(list.get(), Map.of(), call);
        for (Object entry : satellites) {
            Map<?, ?> upstreamSatellite = entry instanceof Map<?, ?> m ? m : Map.of();
            Map<String, Object> data = satellite(upstreamSatellite);
            String label = data.get("username") + "@" + data.get("address") + ":" + data.get("port");
            boolean known = existing.stream().map(e -> (Map<?, ?>) e).anyMatch(e ->
                    Objects.equals(String.valueOf(e.get("address")), data.get("address"))
                            && Objects.equals(String.valueOf(e.get("port")), String.valueOf(data.get("port")))
                            && Objects.equals(String.valueOf(e.get("username")), data.get("username")));
            if (known) {
                summary.count("wol_satellites", Outcome.UNCHANGED);
                continue;
            }
            try {
                if (summary.dryRun()) {
                    summary.count("wol_satellites", Outcome.CREATED);
                    summary.attention("WOL satellite " + label + " will need its host key confirmed "
                            + "(oco.wol_satellite.test) before it is used");
                    continue;
                }
                plugins.call(create.get(), data, call);
                summary.count("wol_satellites", Outcome.CREATED);
                summary.attention("WOL satellite " + label + ": confirm its host key (oco.wol_satellite.test, or "
                        + "WOL satellites in the UI) before it is used");
            } catch (RequestException e) {
                summary.count("wol_satellites", Outcome.SKIPPED);
                summary.attention("WOL satellite " + label + " not imported: " + e.getMessage()
                        + " (copy the key file to this server, then add the satellite)");
            }
        }
    }

    private static Map<String, Object> satellite(Map<?, ?> upstream) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("address", text(upstream.get("address")));
        Object port = upstream.get("port");
        data.put("port", port instanceof Number n ? n.longValue() : parsePort(text(port)));
        data.put("username", text(upstream.get("username")));
        data.put("privkey", text(upstream.get("privkey")));
        Map<String, Object> optional = new HashMap<>();
        optional.put("pubkey", text(upstream.get("pubkey")));
        optional.put("command", text(upstream.get("COMMAND")));
        optional.forEach((key, value) -> {
            if (!((String) value).isEmpty()) {
                data.put(key, value);
            }
        });
        return data;
    }

    private static long parsePort(String text) {
        try {
            return text.isEmpty() ? 22 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1; // the plugin's validation names it
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
