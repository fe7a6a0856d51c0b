package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.ocoj.api.db.Db;

/** The statements of the scheduled jobs: staleness and retention. Each reads only the rows it changes. */
final class ServiceMaintenance {

    private ServiceMaintenance() {
    }

    /**
     * Computers that have not reported services since {@code cutoff}: their services count as no longer
     * reported from their last report on, and the stored hash is cleared so that the next report is compared
     * in full (and brings the services back). One short transaction holding those computers' rows, so a hello
     * arriving meanwhile waits and then sees the result.
     *
     * @return the number of such computers
     */
    static int releaseSilentComputers(Connection c, LocalDateTime cutoff) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Db db = Db.of(c);
            List<Object[]> silent = db.list("SELECT computer_id, last_report_at FROM checkmk_computer "
                    + "WHERE live = TRUE AND last_report_at < ? FOR UPDATE",
                    r -> new Object[] {r.getLong(1), r.getObject(2, LocalDateTime.class)}, cutoff);
            db.batch("UPDATE checkmk_service SET reported = FALSE, last_seen = ? WHERE computer_id = ? AND reported = TRUE",
                    silent.stream().map(computer -> new Object[] {computer[1], computer[0]}).toList());
            db.batch("UPDATE checkmk_computer SET live = FALSE, services_hash = NULL WHERE computer_id = ?",
                    silent.stream().map(computer -> new Object[] {computer[0]}).toList());
            c.commit();
            return silent.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Services not reported since {@code cutoff} become stale; returns how many did. */
    static int markStale(Connection c, LocalDateTime cutoff, LocalDateTime now) throws SQLException {
        return Db.of(c).update("UPDATE checkmk_service SET stale = TRUE, stale_since = ? "
                + "WHERE stale = FALSE AND reported = FALSE AND last_seen < ?", now, cutoff);
    }

    /** Deletes history recorded before {@code cutoff} and services not reported since; returns both counts. */
    static int[] purge(Connection c, LocalDateTime cutoff) throws SQLException {
        int history = Db.of(c).update("DELETE FROM checkmk_service_history WHERE recorded_at < ?", cutoff);
        int services = Db.of(c).update("DELETE FROM checkmk_service WHERE reported = FALSE AND last_seen < ?", cutoff);
        return new int[] {history, services};
    }
}
