package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shared suite's server as the web UI tests (package {@code org.ocoj.dist.ui}) need it: its URL, admin
 * credentials, client API calls to check what the browser did, and a real agent check-in from the captures.
 */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    public static URI url() {
        return SharedServer.get().url();
    }

    public static String adminPassword() {
        return SharedServer.ADMIN_PASSWORD;
    }

    public static String apiKey() {
        return SharedServer.API_KEY;
    }

    /** A client API call (Basic auth + API key) that must succeed; returns {@code result.data}. */
    public static <T> T call(String method, Map<String, Object> data) {
        return SharedServer.get().clientApi().data(method, data);
    }

    /** A client API call that must fail; returns {@code error.message}. */
    public static String error(String method, Map<String, Object> data) {
        return SharedServer.get().clientApi().call(method, data).errorMessage();
    }

    /** First contact of a pre-registered computer's agent, then its full inventory (the upstream captures). */
    public static void checkIn(String hostname) {
        checkIn(hostname, Captures.data("oco-agent-update.json"));
    }

    /** First contact of a pre-registered computer's agent, then the given inventory (e.g. a changed capture). */
    public static void checkIn(String hostname, Map<String, Object> inventory) {
        AgentClient agent = SharedServer.get().agent(hostname);
        AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, hello.status(), hello.body());
        AgentClient.Reply update = agent.call("oco.agent.update", inventory);
        assertEquals(200, update.status(), update.body());
    }

    /**
     * First contact of a pre-registered computer's agent, then one inventory update per entry of {@code updates}
     * (each a full {@code oco.agent.update} data object, e.g. a changed copy of the capture).
     */
    @SafeVarargs
    public static void checkIn(String hostname, Map<String, Object>... updates) {
        AgentClient agent = SharedServer.get().agent(hostname);
        AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, hello.status(), hello.body());
        for (Map<String, Object> update : updates) {
            AgentClient.Reply reply = agent.call("oco.agent.update", update);
            assertEquals(200, reply.status(), reply.body());
        }
    }

    /** The sum of the non-null values of one series of {@code oco.dashboard.series}. */
    @SuppressWarnings("unchecked")
    public static long seriesTotal(Map<String, Object> series, String key) {
        return ((List<Number>) series.get(key)).stream().filter(Objects::nonNull).mapToLong(Number::longValue).sum();
    }

    /** The newest non-null value of one series of {@code oco.dashboard.series}, -1 if none. */
    @SuppressWarnings("unchecked")
    public static long seriesLatest(Map<String, Object> series, String key) {
        List<Number> values = (List<Number>) series.get(key);
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i) != null) {
                return values.get(i).longValue();
            }
        }
        return -1;
    }

    /** The {@code params.data} of a captured agent request. */
    public static Map<String, Object> capture(String name) {
        return Captures.data(name);
    }
}
