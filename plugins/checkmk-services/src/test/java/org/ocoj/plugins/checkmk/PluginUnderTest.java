package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.Settings;

/** The plugin's extensions on an H2 database, with a clock, settings and a log the test controls. */
final class PluginUnderTest implements PluginContext {

    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    final Map<String, String> settings = new HashMap<>(Map.of(ServiceSettings.STALE_AFTER, "300",
            ServiceSettings.RETENTION, "30"));
    final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final DataSource dataSource;
    private final Logger logger = Logger.getLogger("test.checkmk-services." + System.nanoTime());
    final ServicesCheckIn checkIn = new ServicesCheckIn(this);
    final StalenessJob staleness = new StalenessJob(this);
    final RetentionJob retention = new RetentionJob(this);

    PluginUnderTest(DataSource dataSource) {
        this.dataSource = dataSource;
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    ComputerRef computer(String hostname) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO computer (hostname) VALUES ('" + hostname + "')", Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return new ComputerRef(keys.getLong(1), hostname);
            }
        }
    }

    /** No JTA here: each statement commits by itself; the platform's transactions are covered by ServiceChecksIT. */
    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** The computers {@link #computer} made; checkmk-services asks for hostnames and existence only. */
    @Override
    public ComputerDirectory computers() {
        return new ComputerDirectory() {
            @Override
            public List<ComputerRef> find(java.util.Collection<Long> ids) {
                return db().list("SELECT id, hostname FROM computer ORDER BY id", r -> new ComputerRef(r.getLong(1),
                        r.getString(2))).stream().filter(computer -> ids.contains(computer.id())).toList();
            }

            @Override
            public Map<Long, List<org.ocoj.api.inventory.NetworkAddress>> networks(java.util.Collection<Long> ids) {
                return Map.of();
            }
        };
    }

    @Override
    public ComputerSelection selection() {
        throw new IllegalStateException("checkmk-services is not expected to use computer selections");
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
        return (T) method.handle(new ClientCall() {
            @Override
            public JsonParams data() {
                return JsonParams.of(data, "data");
            }

            @Override
            public String adminUsername() {
                return "admin";
            }

            @Override
            public void audit(String action, String objectRef, Object detail) {
            }
        });
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return org.ocoj.api.db.Db.of(c).count(sql);
        }
    }

    void advance(long seconds) {
        now = now.plusSeconds(seconds);
    }

    @Override
    public String pluginId() {
        return "checkmk-services";
    }

    @Override
    public Settings settings() {
        return key -> settings.get(key);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Override
    public Logger logger() {
        return logger;
    }
}
