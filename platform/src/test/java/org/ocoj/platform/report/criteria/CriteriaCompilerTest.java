package org.ocoj.platform.report.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.ReportField;
import org.ocoj.api.server.ReportScope;

/** Criteria compiled to SQL and run on H2 in MySQL mode over a small, known inventory. */
class CriteriaCompilerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

    private H2Inventory db;
    private CriteriaCompiler compiler;

    @BeforeEach
    void inventory() throws Exception {
        db = new H2Inventory();
        compiler = new CriteriaCompiler(db::distinct, CLOCK);
        long deb = db.computer("deb-1", "Debian GNU/Linux", "12", 8L << 30, NOW.minusHours(1), "SER-1");
        long old = db.computer("deb-old", "Debian GNU/Linux", "10", 2L << 30, NOW.minusDays(40), "SER-1");
        long win = db.computer("win-1", "Windows 11 Pro", "10.0.22631", null, null, "SER_%");
        db.computer("mac-1", "macOS", "14.5", 16L << 30, NOW.minusDays(2), "");
        db.software(deb, "firefox", "139.0.1");
        db.software(old, "firefox", "91.2");
        db.software(win, "firefox", "139.0");
        db.software(deb, "openssh-server", "1:9.2p1-2");
        db.network(deb, "10.20.3.14", "aa:bb:cc:00:00:01");
        db.network(old, "10.20.3.15", "aa:bb:cc:00:00:01");
        db.network(win, "192.168.1.9", "aa:bb:cc:00:00:02");
        db.partition(deb, true);
        db.partition(old, false);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<String> select(Object criteria) throws Exception {
        return db.hostnames(compiler.compile(CriteriaParser.parse(criteria, "criteria")));
    }

    private static Map<String, Object> cond(String field, String op, Object value) {
        return value == null ? Map.of("field", field, "op", op) : Map.of("field", field, "op", op, "value", value);
    }

    @Test
    void textOperatorsMatchCaseInsensitivelyExceptRegexAndEquals() throws Exception {
        assertEquals(List.of("deb-1", "deb-old"), select(cond("os", "contains", "debian")));
        assertEquals(List.of("win-1"), select(cond("os", "starts_with", "WIN")));
        assertEquals(List.of("win-1"), select(cond("os", "ends_with", " pro")));
        assertEquals(List.of("mac-1"), select(cond("os", "equals", "macOS")));
        assertEquals(List.of("deb-1", "deb-old", "win-1"), select(cond("os", "not_equals", "macOS")));
        assertEquals(List.of("deb-1", "deb-old"), select(cond("hostname", "regex", "^deb-[0-9a-z]+$")));
    }

    @Test
    void numbersTimesAndEmptiness() throws Exception {
        assertEquals(List.of("deb-old"), select(cond("ram", "lt", 4L << 30)));
        assertEquals(List.of("mac-1"), select(cond("ram", "gt", 8L << 30)));
        assertEquals(List.of("win-1"), select(cond("ram", "is_empty", null)));
        assertEquals(List.of("deb-old"), select(cond("last_ping", "older_than_days", 30)));
        assertEquals(List.of("deb-1", "mac-1"), select(cond("last_ping", "within_days", 7)));
        assertEquals(List.of("win-1"), select(cond("last_ping", "is_empty", null)));
        assertEquals(List.of("mac-1"), select(cond("serial", "is_empty", null)));
        assertEquals(List.of("deb-1", "deb-old", "win-1"), select(cond("serial", "not_empty", null)));
    }

    @Test
    void versionComparisonsUseVersionOrderNotTextOrder() throws Exception {
        assertEquals(List.of("deb-old", "win-1"), select(cond("os_version", "version_lt", "11")),
                "10 and 10.0.22631 are below 11");
        assertEquals(List.of("deb-1", "mac-1"), select(cond("os_version", "version_gt", "11")));
        assertEquals(List.of("deb-old", "win-1"), select(Map.of("exists", "software", "where", Map.of("all", List.of(
                cond("name", "equals", "firefox"), cond("version", "version_lt", "139.0.1"))))));
        assertEquals(List.of(), select(cond("os_version", "version_gt", "999")));
    }

    @Test
    void collectionsDuplicatesAndJunctions() throws Exception {
        assertEquals(List.of("deb-old", "mac-1", "win-1"), select(Map.of("not_exists", "software", "where",
                cond("name", "equals", "openssh-server"))));
        assertEquals(List.of("deb-1", "deb-old"), select(cond("serial", "is_duplicate", null)));
        assertEquals(List.of("deb-1", "deb-old"), select(Map.of("exists", "network", "where",
                cond("mac", "is_duplicate", null))));
        assertEquals(List.of("deb-old"), select(Map.of("exists", "partition", "where",
                cond("encrypted", "equals", false))));
        assertEquals(List.of("deb-old", "mac-1"), select(Map.of("any", List.of(
                cond("ram", "lt", 4L << 30), cond("os", "equals", "macOS")))));
        assertEquals(List.of("deb-1"), select(Map.of("all", List.of(cond("os", "contains", "debian"),
                Map.of("not", cond("last_ping", "older_than_days", 30))))));
        assertEquals(4, select(Map.of("all", List.of())).size(), "an empty all is every computer");
        assertEquals(List.of("deb-1", "deb-old"), select(Map.of("exists", "network", "where",
                cond("address", "starts_with", "10.20."))));
    }

    @Test
    void groupMembershipIsACollection() throws Exception {
        db.execute("INSERT INTO computer_group (id, name, created) VALUES (5, 'Servers', CURRENT_TIMESTAMP)");
        db.execute("INSERT INTO computer_group_member (computer_group_id, computer_id) "
                + "SELECT 5, id FROM computer WHERE hostname = 'mac-1'");
        assertEquals(List.of("mac-1"), select(Map.of("exists", "group", "where", cond("name", "equals", "Servers"))));
        assertEquals(List.of("deb-1", "deb-old", "win-1"), select(Map.of("not_exists", "group",
                "where", cond("id", "equals", 5))));
    }

    @Test
    void likeWildcardsInValuesAreLiteral() throws Exception {
        assertEquals(List.of("win-1"), select(cond("serial", "contains", "_%")));
        assertEquals(List.of(), select(cond("serial", "equals", "SER-%")));
    }

    @Test
    void injectionAttemptsStayBoundParametersAndChangeNothing() throws Exception {
        String[] attacks = {"x' OR '1'='1", "'; DROP TABLE computer; --", "\\' OR 1=1 -- ", "x\") OR 1=1 #",
            "' UNION SELECT agent_key FROM computer --"};
        for (String attack : attacks) {
            for (String op : List.of("equals", "contains", "starts_with", "ends_with", "version_lt")) {
                SqlCondition sql = compiler.compile(CriteriaParser.parse(cond("hostname", op, attack), "criteria"));
                assertFalse(sql.sql().contains(attack.substring(0, 3)), "value never in SQL text: " + sql.sql());
                if (!op.startsWith("version")) { // versions compare by meaning: "x…" is above "deb-1"
                    assertEquals(List.of(), db.hostnames(sql), op + " " + attack);
                }
            }
            SqlCondition regex = compiler.compile(CriteriaParser.parse(cond("os", "regex", "^(" + attack.replaceAll(
                    "[\\\\()\\[\\]{}.*+?^$|]", "") + ")$"), "criteria"));
            assertEquals(List.of(), db.hostnames(regex));
        }
        assertEquals(4, db.count("SELECT COUNT(*) FROM computer"), "tables untouched");
    }

    @Test
    void conditionSqlUsesOnlyWhitelistedColumns() {
        SqlCondition sql = compiler.compile(CriteriaParser.parse(Map.of("all", List.of(
                cond("os", "contains", "x"), cond("last_ping", "older_than_days", 3))), "criteria"));
        assertEquals("(LOWER(c.os) LIKE ? ESCAPE '!' AND c.last_ping < ?)", sql.sql());
        assertEquals(List.of("%x%", NOW.minusDays(3)), sql.parameters());
        assertTrue(Scope.COMPUTER.field("agent_key").isEmpty() && Scope.COMPUTER.field("server_key").isEmpty());
    }

    /** A plugin's scope as the event-monitoring plugin declares one: a table of its own with a computer_id. */
    private static final ReportScope EVENTS = new ReportScope() {
        @Override
        public String name() {
            return "event";
        }

        @Override
        public String description() {
            return "events";
        }

        @Override
        public String table() {
            return "plugin_event";
        }

        @Override
        public List<ReportField> fields() {
            return List.of(new ReportField("level", "level_no", ReportField.Type.NUMBER, "level"),
                    new ReportField("time", "event_time", ReportField.Type.TIME, "when"),
                    ReportField.of("source", ReportField.Type.TEXT, "provider"));
        }
    };

    @Test
    void pluginScopesWorkInExistsAndCountWithBoundValues() throws Exception {
        db.execute("CREATE TABLE plugin_event (computer_id BIGINT, level_no INT, event_time TIMESTAMP, source VARCHAR(50))");
        long deb = db.count("SELECT id FROM computer WHERE hostname = 'deb-1'");
        long win = db.count("SELECT id FROM computer WHERE hostname = 'win-1'");
        for (int i = 0; i < 3; i++) {
            db.execute("INSERT INTO plugin_event VALUES (?, 2, ?, 'disk')", deb, NOW.minusDays(i));
        }
        db.execute("INSERT INTO plugin_event VALUES (?, 4, ?, 'disk')", deb, NOW.minusDays(20));
        db.execute("INSERT INTO plugin_event VALUES (?, 2, ?, 'x'' OR 1=1')", win, NOW.minusDays(1));
        ScopeCatalog catalog = new ScopeCatalog(List.of(Scope.ofPlugin("event-monitoring", EVENTS)));
        Map<String, Object> recentErrors = Map.of("all", List.of(cond("level", "equals", 2),
                cond("time", "within_days", 7)));
        assertEquals(List.of("deb-1"), db.hostnames(compiler.compile(CriteriaParser.parse(
                Map.of("count", "event", "where", recentErrors, "op", "gt", "value", 2), "criteria", catalog))));
        assertEquals(List.of("deb-old", "mac-1", "win-1"), db.hostnames(compiler.compile(CriteriaParser.parse(
                Map.of("count", "event", "where", recentErrors, "op", "lt", "value", 2), "criteria", catalog))));
        assertEquals(List.of("deb-old", "mac-1"), db.hostnames(compiler.compile(CriteriaParser.parse(
                Map.of("count", "event", "op", "equals", "value", 0), "criteria", catalog))));
        SqlCondition injected = compiler.compile(CriteriaParser.parse(Map.of("exists", "event", "where",
                cond("source", "equals", "x' OR 1=1")), "criteria", catalog));
        assertEquals(List.of("win-1"), db.hostnames(injected));
        assertEquals("EXISTS (SELECT 1 FROM plugin_event x WHERE x.computer_id = c.id AND x.source = ?)", injected.sql());
    }

    @Test
    void pluginScopesWithAnythingButPlainIdentifiersAreRefused() {
        for (String table : new String[] {"computer c; --", "Computer", "a b", "x".repeat(41)}) {
            ReportScope bad = new ReportScope() {
                @Override
                public String name() {
                    return "bad";
                }

                @Override
                public String description() {
                    return "";
                }

                @Override
                public String table() {
                    return table;
                }

                @Override
                public List<ReportField> fields() {
                    return EVENTS.fields();
                }
            };
            assertThrows(IllegalArgumentException.class, () -> Scope.ofPlugin("p", bad), table);
        }
    }
}
