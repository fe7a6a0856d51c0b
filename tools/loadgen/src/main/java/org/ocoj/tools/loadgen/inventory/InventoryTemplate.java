package org.ocoj.tools.loadgen.inventory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.tools.loadgen.protocol.PythonJson;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;

/**
 * The request data the simulated agents send, built from real agent captures with per-agent variations:
 * each agent has its own serial, uid, addresses and MAC, and leaves out a different ~1 % of the packages (so
 * no two agents store the same set). Inventory version {@code v} of an agent is the capture's software list
 * when {@code v} is even and, when odd, the same list with every 20th package (~5 %) at a newer version — so
 * consecutive versions differ in ~5 % of the packages, and all agents share the newer catalogue entries as a
 * fleet-wide upgrade would.
 */
public final class InventoryTemplate {

    public static final String DEFAULT_UPDATE = "/loadgen/oco-agent-update.json";
    private static final String HELLO = "/loadgen/oco-agent-hello.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Map<String, Object> update;
    private final Map<String, Object> hello;
    private final List<Map<String, Object>> software;

    private InventoryTemplate(Map<String, Object> updateData, Map<String, Object> helloData) {
        this.update = updateData;
        this.hello = helloData;
        this.software = list(updateData.get("software"));
    }

    /** The bundled 805-package capture, or an update capture file (a whole request, as in captures/). */
    public static InventoryTemplate load(Path updateCapture) {
        try (InputStream helloIn = InventoryTemplate.class.getResourceAsStream(HELLO);
             InputStream updateIn = updateCapture == null
                     ? InventoryTemplate.class.getResourceAsStream(DEFAULT_UPDATE)
                     : Files.newInputStream(updateCapture)) {
            return new InventoryTemplate(data(updateIn, String.valueOf(updateCapture)), data(helloIn, HELLO));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the update capture " + updateCapture, e);
        }
    }

    private static Map<String, Object> data(InputStream in, String name) throws IOException {
        Map<String, Object> request = JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        Object params = request.get("params");
        if (!(params instanceof Map) || !(((Map<?, ?>) params).get("data") instanceof Map)) {
            throw new IOException(name + " is not an agent request with params.data");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) params).get("data");
        if (!(data.get("software") instanceof List) && name.endsWith("update.json")) {
            throw new IOException(name + " has no params.data.software list");
        }
        return data;
    }

    public int packageCount() {
        return software.size();
    }

    /** A steady hello (no forced update), with the same networks the agent's updates carry. */
    public String helloJson(SimulatedAgent agent) {
        Map<String, Object> data = new LinkedHashMap<>(hello);
        data.put("networks", networks(agent.index()));
        data.put("force_update", false);
        return PythonJson.dumps(data);
    }

    public String updateJson(SimulatedAgent agent, int version) {
        Map<String, Object> data = new LinkedHashMap<>(update);
        data.put("hostname", agent.hostname());
        data.put("serial", serial(agent.index()));
        data.put("networks", networks(agent.index()));
        data.put("software", software(agent.index(), version));
        return PythonJson.dumps(data);
    }

    /** What the server must have stored after this agent's update {@code version}. */
    public ExpectedInventory expected(SimulatedAgent agent, int version) {
        Map<String, String> general = new LinkedHashMap<>();
        for (String key : ExpectedInventory.GENERAL_KEYS) {
            general.put(key, String.valueOf(update.getOrDefault(key, "")));
        }
        general.put("serial", serial(agent.index()));
        general.put("uid", agent.uid());
        Set<String> packages = new LinkedHashSet<>();
        for (Map<String, Object> item : software(agent.index(), version)) {
            if (!"".equals(item.get("name"))) {
                packages.add(ExpectedInventory.packageKey(item.get("name"), item.get("version"),
                        item.getOrDefault("description", "")));
            }
        }
        Set<String> nics = new LinkedHashSet<>();
        for (Map<String, Object> nic : networks(agent.index())) {
            nics.add(ExpectedInventory.networkKey(nic.get("addr"), nic.get("mac"), nic.get("interface")));
        }
        return new ExpectedInventory(general, packages, nics);
    }

    private List<Map<String, Object>> software(int agent, int version) {
        List<Map<String, Object>> items = new ArrayList<>(software.size());
        for (int i = 0; i < software.size(); i++) {
            if ((i + agent) % 97 == 0) {
                continue;
            }
            Map<String, Object> item = software.get(i);
            if (version % 2 == 1 && i % 20 == 0) {
                item = new LinkedHashMap<>(item);
                item.put("version", item.get("version") + "+lg1");
            }
            items.add(item);
        }
        return items;
    }

    private List<Map<String, Object>> networks(int agent) {
        List<Map<String, Object>> nics = new ArrayList<>();
        for (Map<String, Object> template : list(hello.get("networks"))) {
            Map<String, Object> nic = new LinkedHashMap<>(template);
            if ("192.0.2.2".equals(nic.get("addr"))) {
                nic.put("addr", String.format("10.%d.%d.%d", (agent >> 16) & 255, (agent >> 8) & 255, agent & 255));
                nic.put("broadcast", String.format("10.%d.%d.255", (agent >> 16) & 255, (agent >> 8) & 255));
            } else if ("fd00::2".equals(nic.get("addr"))) {
                nic.put("addr", "fd00::" + Integer.toHexString(agent + 2));
            }
            if ("02:fc:00:00:00:01".equals(nic.get("mac"))) {
                nic.put("mac", String.format("02:fc:%02x:%02x:%02x:%02x", (agent >> 24) & 255, (agent >> 16) & 255,
                        (agent >> 8) & 255, agent & 255));
            }
            nics.add(nic);
        }
        return nics;
    }

    private static String serial(int agent) {
        return "LG" + agent;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List ? (List<Map<String, Object>>) value : List.of();
    }
}
