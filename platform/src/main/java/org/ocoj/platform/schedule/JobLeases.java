package org.ocoj.platform.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;

/**
 * Cluster-wide leases in the {@code job_lease} table: a node may run a job when it moves the job's lease
 * from the past into the future in one conditional UPDATE — exactly one node wins each interval.
 */
@ApplicationScoped
public class JobLeases {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** @return true if this node holds the lease for the job until {@code until} */
    public boolean acquire(String job, String node, LocalDateTime now, LocalDateTime until) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT IGNORE INTO job_lease (job_name, owner, lease_until) VALUES (?, ?, ?)")) {
                s.setString(1, job);
                s.setString(2, node);
                s.setObject(3, LocalDateTime.of(1970, 1, 1, 0, 0));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE job_lease SET owner = ?, lease_until = ?, "
                    + "last_run = ? WHERE job_name = ? AND lease_until <= ?")) {
                s.setString(1, node);
                s.setObject(2, until);
                s.setObject(3, now);
                s.setString(4, job);
                s.setObject(5, now);
                return s.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new SqlFailure("taking the lease of job " + job, e);
        }
    }
}
