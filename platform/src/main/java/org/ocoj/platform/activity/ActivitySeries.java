package org.ocoj.platform.activity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/** The table {@code activity_minute}: one row per minute (UTC) for the whole cluster. */
@ApplicationScoped
public class ActivitySeries {

    /** How long minutes are kept: the longest chart (7 days) and a day to spare. */
    static final Duration RETENTION = Duration.ofDays(8);

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    ServerConfig config;

    /** How often the counts are written ({@code OCO_ACTIVITY_INTERVAL}). */
    Duration interval() {
        return Duration.ofSeconds(Math.max(1, config.activityIntervalSeconds()));
    }

    /** Adds one node's counts to a minute: nodes write the same row, so the sum is the cluster's. */
    void addCounts(LocalDateTime minute, ActivityCounters.Counts counts) {
        Sql.update(dataSource, "INSERT INTO activity_minute (minute_utc, check_ins, inventory_updates) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE check_ins = check_ins + VALUES(check_ins), "
                + "inventory_updates = inventory_updates + VALUES(inventory_updates)",
                minute, counts.checkIns(), counts.inventoryUpdates());
    }

    void recordOnline(LocalDateTime minute, long online) {
        Sql.update(dataSource, "INSERT INTO activity_minute (minute_utc, online) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE online = VALUES(online)", minute, online);
    }

    /** @return rows deleted */
    int prune(LocalDateTime now) {
        return Sql.update(dataSource, "DELETE FROM activity_minute WHERE minute_utc < ?", now.minus(RETENTION));
    }

    /** Rows of {@code [from, to)}, oldest first, each with {@code minutes} since {@code from}. */
    List<Map<String, Object>> read(LocalDateTime from, LocalDateTime to) {
        return Sql.rows(dataSource, "SELECT TIMESTAMPDIFF(MINUTE, ?, minute_utc) AS minutes, online, check_ins, "
                + "inventory_updates FROM activity_minute WHERE minute_utc >= ? AND minute_utc < ? ORDER BY minute_utc",
                from, from, to);
    }

    static LocalDateTime minuteOf(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }
}
