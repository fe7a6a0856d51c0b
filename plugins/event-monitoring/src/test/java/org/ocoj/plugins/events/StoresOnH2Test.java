package org.ocoj.plugins.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.JsonParams;

/**
 * The plugin's migration and SQL on the embedded database the server uses by default (H2 in MySQL mode);
 * the end-to-end test covers MariaDB.
 */
class StoresOnH2Test {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private EventStore events;
    private RuleStore rules;

    @BeforeEach
    void migrate() throws SQLException, IOException {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1");
        try (InputStream in = getClass().getResourceAsStream("/db/migration/event-monitoring/V1__event_rules_and_events.sql");
             Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE computer (id BIGINT AUTO_INCREMENT PRIMARY KEY, hostname VARCHAR(200) NOT NULL)");
            s.execute("INSERT INTO computer (hostname) VALUES ('pc1')");
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        events = new EventStore(dataSource, new ComputerDirectory() {
            @Override
            public List<ComputerRef> find(Collection<Long> ids) {
                return ids.contains(1L) ? List.of(new ComputerRef(1, "pc1")) : List.of();
            }

            @Override
            public Map<Long, List<NetworkAddress>> networks(Collection<Long> ids) {
                return Map.of();
            }
        });
        rules = new RuleStore(dataSource);
    }

    @Test
    void storesAResentBatchOnce() {
        List<IncomingEvent> batch = List.of(event(8, 1), event(9, 2));
        events.insert(1, batch, LocalDateTime.now());
        events.insert(1, batch, LocalDateTime.now());
        assertEquals(2L, events.list(filter(Map.of())).get("total"));
    }

    @Test
    void sinceOnlyMovesForward() {
        long rule = rules.insert("System", RuleValidationTest.SYSTEM_QUERY, LocalDateTime.now());
        rules.advanceSince(1, Map.of(rule, LocalDateTime.of(2026, 11, 24, 9, 0)));
        rules.advanceSince(1, Map.of(rule, LocalDateTime.of(2026, 11, 24, 8, 0)));
        assertEquals(Map.of(rule, LocalDateTime.of(2026, 11, 24, 9, 0)), rules.sinceOf(1));
        rules.delete(rule);
        assertEquals(Map.of(), rules.sinceOf(1), "a removed rule's times go with it");
    }

    @Test
    void filtersPagesAndPurges() {
        events.insert(1, List.of(event(1, 2), event(2, 4), event(3, 2), event(4, 2)), LocalDateTime.now());
        Map<String, Object> page = events.list(filter(Map.of("level", 2, "limit", 2, "offset", 1)));
        assertEquals(3L, page.get("total"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.get("events");
        assertEquals(List.of("2026-11-24 03:00:00", "2026-11-24 01:00:00"), rows.stream().map(r -> r.get("timestamp")).toList());
        assertEquals(Map.of("message", "m"), rows.get(0).get("data"));
        assertEquals("pc1", rows.get(0).get("computer_hostname"), "from the platform's directory");
        assertEquals(2L, events.list(filter(Map.of("from", "2026-11-24 02:00:00", "to", "2026-11-24 03:00:00"))).get("total"));
        assertEquals(2L, events.purgeBefore(LocalDateTime.of(2026, 11, 24, 3, 0)));
        assertEquals(2L, events.list(filter(Map.of())).get("total"));
    }

    private static EventFilter filter(Map<String, Object> data) {
        return EventFilter.from(JsonParams.of(data, "data"), org.ocoj.api.server.ComputerScope.UNLIMITED);
    }

    private static IncomingEvent event(int hour, int level) {
        return new IncomingEvent("System", "Disk", 7, level, LocalDateTime.of(2026, 11, 24, hour, 0),
                "{\"message\":\"m\"}", "m");
    }
}
