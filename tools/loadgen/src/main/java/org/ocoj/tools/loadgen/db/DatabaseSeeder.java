package org.ocoj.tools.loadgen.db;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * Inserts many computers straight into the platform schema (V1 migration's {@code computer} table) in JDBC
 * batches, for the "100k computers in the database" measurement. Each gets derived keys ({@link SeedKeys})
 * and a recent {@code last_update}, so its agent can say hello at once without being asked for an update.
 */
public final class DatabaseSeeder {

    private static final int BATCH = 1000;
    private static final String INSERT = "INSERT INTO computer (hostname, uid, agent_key, server_key, agent_version, "
            + "os, os_version, kernel_version, architecture, remote_address, last_ping, last_update, created, "
            + "created_by) VALUES (?, ?, ?, ?, '1.2.0', 'Debian GNU/Linux', '12', '6.1.0-seed', 'x86_64', "
            + "'127.0.0.1', ?, ?, ?, 'loadgen-seed')";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public DatabaseSeeder(String jdbcUrl, String user, String password) {
        // the platform accepts jdbc:mariadb: and so does this tool; Connector/J only knows jdbc:mysql:
        this.jdbcUrl = jdbcUrl.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + jdbcUrl.substring(13) : jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Inserts {@code <prefix>0 … <prefix>(count-1)}. @return the number of rows inserted */
    public long seed(String prefix, int count, String secret, PrintStream out) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("rewriteBatchedStatements", "true");
        properties.setProperty("connectionTimeZone", "UTC");
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        long start = System.nanoTime();
        long inserted = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, properties);
             PreparedStatement s = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String hostname = prefix + i;
                s.setString(1, hostname);
                s.setString(2, hostname);
                s.setString(3, SeedKeys.agentKey(secret, hostname));
                s.setString(4, SeedKeys.serverKey(secret, hostname));
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.setTimestamp(7, now);
                s.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    for (int n : s.executeBatch()) {
                        inserted += Math.max(n, n == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0);
                    }
                    c.commit();
                    if ((i + 1) % (BATCH * 20) == 0) {
                        out.printf("seed: %d computers (%.0f/s)%n", i + 1, (i + 1) / ((System.nanoTime() - start) / 1e9));
                    }
                }
            }
        }
        out.printf("seed: inserted %d computers %s0…%s%d in %.1fs%n", inserted, prefix, prefix, count - 1,
                (System.nanoTime() - start) / 1e9);
        return inserted;
    }
}
