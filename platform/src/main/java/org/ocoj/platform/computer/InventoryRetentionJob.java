package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.api.server.ScheduledJob;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * Deletes computers' recorded user logins and change-history entries older than the settings
 * {@code computer.login-retention-days} and {@code computer.history-retention-days} (0: kept). A core job: the
 * scheduler runs it once per cluster every {@code OCO_INVENTORY_RETENTION_INTERVAL} seconds (default an hour), in
 * chunks that commit one by one.
 */
@ApplicationScoped
public class InventoryRetentionJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(InventoryRetentionJob.class.getName());
    private static final int CHUNK = 10_000;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    SettingsService settings;
    @Inject
    ServerConfig config;
    @Inject
    Clock clock;

    @Override
    public String name() {
        return "inventory-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, config.inventoryRetentionIntervalSeconds()));
    }

    @Override
    public void run() {
        purge("computer_login", "logon_time", CoreSettings.LOGIN_RETENTION_DAYS.key(), "user login(s)");
        purge("computer_change", "changed_at", CoreSettings.HISTORY_RETENTION_DAYS.key(), "change-history entries");
    }

    private void purge(String table, String timeColumn, String setting, String what) {
        long days = Long.parseLong(settings.get(setting));
        if (days <= 0) {
            return;
        }
        LocalDateTime before = LocalDateTime.now(clock).minusDays(days);
        long deleted = 0;
        // table and column are the constants above, never input
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM " + table + " WHERE " + timeColumn + " < ? LIMIT " + CHUNK)) {
            s.setObject(1, before);
            int chunk;
            do {
                chunk = s.executeUpdate();
                deleted += chunk;
            } while (chunk == CHUNK);
        } catch (SQLException e) {
            throw new SqlFailure("deleting " + what + " older than " + days + " days", e);
        }
        if (deleted > 0) {
            LOG.info("OCO-J: retention: deleted " + deleted + " " + what + " older than " + days + " days (" + setting
                    + ")");
        }
    }
}
