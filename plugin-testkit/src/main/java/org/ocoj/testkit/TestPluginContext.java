package org.ocoj.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.Settings;

/**
 * A {@link PluginContext} as the server builds it, on a {@link PluginDatabase}: the plugin's own settings (the
 * declared defaults until a test sets one; an undeclared key is refused, as the platform scopes settings), real
 * transactions, the computer directory and group selection over the real tables, a clock the test moves and a
 * logger whose lines the test reads.
 */
public final class TestPluginContext implements PluginContext {

    private final PluginDatabase database;
    private final Map<String, SettingDefinition> declared = new ConcurrentHashMap<>();
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T12:00:00Z"));
    private final Logger logger;
    private final List<String> log = new CopyOnWriteArrayList<>();

    /** @param declarations the plugin's {@link SettingDeclarations} extensions (their defaults are the values) */
    public TestPluginContext(PluginDatabase database, SettingDeclarations... declarations) {
        this.database = database;
        for (SettingDeclarations declaration : declarations) {
            declaration.settings().forEach(setting -> declared.put(setting.key(), setting));
        }
        // a logger of its own per context: another context on the same database must not see (or add to) its lines
        logger = Logger.getLogger("org.ocoj.testkit." + database.pluginId() + "." + java.util.UUID.randomUUID());
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

    /** Sets a declared setting as an admin would, validated by its definition. */
    public void set(String key, String value) {
        SettingDefinition definition = definition(key);
        definition.validate(value).ifPresent(reason -> {
            throw new IllegalArgumentException("Setting " + key + ": " + reason);
        });
        values.put(key, value);
    }

    private SettingDefinition definition(String key) {
        SettingDefinition definition = declared.get(key);
        if (definition == null) {
            throw new IllegalArgumentException("Setting " + key + " is not declared by plugin " + database.pluginId()
                    + " (declared: " + declared.keySet() + ")");
        }
        return definition;
    }

    /** The logger's lines, each {@code LEVEL message}: a read-only view that grows as the plugin logs. */
    public List<String> log() {
        return java.util.Collections.unmodifiableList(log);
    }

    /** Calls a client method as the platform does: in one transaction unless it says it is not transactional. */
    public Object call(ClientMethod method, Map<String, Object> data) {
        TestClientCall call = new TestClientCall(data);
        return method.transactional() ? inTransaction(() -> method.handle(call)) : method.handle(call);
    }

    public PluginDatabase database() {
        return database;
    }

    @Override
    public String pluginId() {
        return database.pluginId();
    }

    @Override
    public Settings settings() {
        return key -> values.getOrDefault(key, definition(key).defaultValue());
    }

    @Override
    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public ComputerDirectory computers() {
        return new StoredComputers(database.db());
    }

    @Override
    public ComputerSelection selection() {
        return new StoredSelection(database.db());
    }
}
