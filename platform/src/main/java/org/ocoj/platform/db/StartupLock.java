package org.ocoj.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One node at a time prepares the database at start-up (migrations, plugin migrations, first-start secrets and
 * the first admin): nodes of a cluster that start together on an empty database would otherwise both create the
 * first admin or both generate a registration key. A MariaDB/MySQL named lock ({@code GET_LOCK}), held by one
 * connection for the duration and released by the database itself if the node dies; on H2 (legacy, one node
 * only) there is nothing to wait for.
 */
@ApplicationScoped
public class StartupLock {

    static final String NAME = "oco-j.start-up";
    static final Duration WAIT = Duration.ofMinutes(10);

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    public <T> T holding(Supplier<T> work) {
        try (Connection c = new WithoutSocketTimeout(dataSource).getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            if (!product.contains("MySQL") && !product.contains("MariaDB")) {
                return work.get();
            }
            take(c);
            try {
                return work.get();
            } finally {
                try (PreparedStatement s = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    s.setString(1, NAME);
                    s.execute();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure("taking the start-up lock " + NAME, e);
        }
    }

    private static void take(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, NAME);
            s.setLong(2, WAIT.toSeconds());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getInt(1) != 1) {
                    throw new IllegalStateException("another node has been preparing the database for more than "
                            + WAIT.toMinutes() + " minutes (named lock " + NAME + "); see its log, or the "
                            + "database's SHOW PROCESSLIST");
                }
            }
        }
    }
}
