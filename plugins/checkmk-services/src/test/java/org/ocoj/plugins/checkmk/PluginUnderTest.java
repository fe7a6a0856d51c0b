package org.ocoj.plugins.checkmk;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.testkit.PluginDatabase;
import org.ocoj.testkit.TestPluginContext;

/** The plugin's extensions on the test kit's real schema and context, with a clock and log the test controls. */
final class PluginUnderTest {

    final TestPluginContext context;
    final List<String> log;
    final ServicesCheckIn checkIn;
    final StalenessJob staleness;
    final RetentionJob retention;
    private final PluginDatabase database;

    PluginUnderTest(PluginDatabase database) {
        this.database = database;
        context = new TestPluginContext(database, new ServiceSettings());
        context.clock().set(Instant.parse("2026-11-25T12:00:00Z"));
        log = context.log();
        checkIn = new ServicesCheckIn(context);
        staleness = new StalenessJob(context);
        retention = new RetentionJob(context);
    }

    ComputerRef computer(String hostname) {
        return database.computer(hostname);
    }

    /** A hello whose {@code data.services} is the given value. */
    void hello(ComputerRef computer, Object services) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agent_version", "1.2.0");
        data.put("services", services);
        checkIn.onHello(new CheckIn() {
            @Override
            public ComputerRef computer() {
                return computer;
            }

            @Override
            public Map<String, Object> data() {
                return data;
            }

            @Override
            public void respond(String key, Object value) {
                throw new AssertionError("the plugin adds nothing to the response");
            }
        });
    }

    static Map<String, Object> service(String status, String name, String metrics, String details) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("status", status);
        service.put("name", name);
        service.put("merics", metrics);
        service.put("details", details);
        return service;
    }

    @SuppressWarnings("unchecked")
    <T> T call(org.ocoj.api.server.ClientMethod method, Map<String, Object> data) {
        return (T) context.call(method, data);
    }

    long count(String sql) {
        return context.db().count(sql);
    }

    void advance(long seconds) {
        context.clock().advance(Duration.ofSeconds(seconds));
    }
}
