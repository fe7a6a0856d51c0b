package org.ocoj.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.agent.AgentException;
import org.ocoj.platform.agent.AgentProtocol;
import org.ocoj.platform.agent.AgentRequest;
import org.ocoj.platform.client.ClientDispatcher;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Transactions;
import org.ocoj.platform.settings.SettingsService;

/**
 * In-container tests (Arquillian, Payara Micro) of what only the container can show: JPA (audit, settings)
 * and plain JDBC (computers) joining one JTA transaction, and agent requests rolling back as a whole.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformContainerIT {

    private static final String DATABASE = "ocoj_arquillian";

    @Inject
    ClientDispatcher dispatcher;
    @Inject
    AgentProtocol agentProtocol;
    @Inject
    SettingsService settings;
    @Inject
    UserTransaction transaction;
    @Inject
    Transactions transactions;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** Runs in the test JVM before deployment: a fresh database, then the real ROOT.war. */
    @Deployment
    static WebArchive deployment() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("oco.war", "target/ROOT.war")));
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private Object create(String hostname) {
        return dispatcher.call("oco.computer.create", JsonParams.of(Map.of("hostname", hostname), "data"),
                "admin", Optional.empty(), "127.0.0.1");
    }

    @Test
    void jdbcRowAndJpaAuditEntryCommitAndRollBackTogether() throws Exception {
        transaction.begin();
        create("rolled-back-pc");
        transaction.rollback();

        assertEquals(0, count("SELECT COUNT(*) FROM computer WHERE hostname = ?", "rolled-back-pc"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", "%rolled-back-pc%"));

        create("committed-pc");

        assertEquals(1, count("SELECT COUNT(*) FROM computer WHERE hostname = ?", "committed-pc"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", "%committed-pc%"));
    }

    @Test
    void refusedAgentRequestChangesNothing() throws Exception {
        create("refused-pc");
        byte[] body = ("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": {\"uid\": \"x\", "
                + "\"hostname\": \"refused-pc\", \"timestamp\": 1795535495.6935, \"data\": {}}}")
                .getBytes(StandardCharsets.UTF_8);

        AgentException refused = assertThrows(AgentException.class,
                () -> agentProtocol.handle(AgentRequest.parse(body), "00".repeat(32), "192.0.2.9"));

        assertEquals(401, refused.status());
        assertEquals(0, count("SELECT COUNT(*) FROM computer WHERE hostname = ? AND last_ping IS NOT NULL",
                "refused-pc"));
        assertEquals(0, count("SELECT COUNT(*) FROM computer WHERE hostname = ? AND pending_agent_key IS NOT NULL",
                "refused-pc"));
    }

    @Test
    void settingStoredThroughJpaIsReadByTheHotPath() {
        settings.set("agent.update-interval", "600", "admin");

        assertEquals(600, settings.getLong("agent.update-interval"));
        assertThrows(RuntimeException.class, () -> settings.set("agent.update-interval", "soon", "admin"));
        assertEquals(600, settings.getLong("agent.update-interval"));
    }

    /** What plugins get as {@code PluginContext.inTransaction}: its own transaction, or the caller's. */
    @Test
    void pluginTransactionsCommitRollBackAndJoinTheCallersTransaction() throws Exception {
        transactions.required(() -> insertComputer("plugin-committed-pc"));
        assertThrows(IllegalStateException.class, () -> transactions.required(() -> {
            insertComputer("plugin-failed-pc");
            throw new IllegalStateException("the plugin's second statement failed");
        }));
        transaction.begin();
        transactions.required(() -> insertComputer("plugin-joined-pc"));
        transaction.rollback();

        assertEquals(1, count("SELECT COUNT(*) FROM computer WHERE hostname = ?", "plugin-committed-pc"));
        assertEquals(0, count("SELECT COUNT(*) FROM computer WHERE hostname = ?", "plugin-failed-pc"));
        assertEquals(0, count("SELECT COUNT(*) FROM computer WHERE hostname = ?", "plugin-joined-pc"));
    }

    private int insertComputer(String hostname) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO computer (hostname, created) VALUES (?, NOW())")) {
            s.setString(1, hostname);
            return s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
