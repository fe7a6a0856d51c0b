package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.GroupCommit;
import org.ocoj.platform.db.SqlFailure;

/** The agent hot path's access to the computer table: one indexed read, one conditional write. */
@ApplicationScoped
public class ComputerRepository {

    private static final String AGENT_VIEW_COLUMNS = "id, hostname, agent_key, pending_agent_key, server_key, "
            + "agent_version, agent_timestamp, server_timestamp_us, last_update, last_login, force_update, "
            + "section_hashes, agent_clock_ceiling";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    GroupCommit groupCommit;

    public Optional<AgentView> findByHostname(String hostname) {
        return find(hostname, "");
    }

    /**
     * Reads the computer and locks its row until the caller's transaction ends: concurrent requests of one
     * computer (an agent's retry, a replay) then run one after the other, and the later one sees what the
     * earlier one committed instead of racing it into the same inserts (issue 16).
     */
    public Optional<AgentView> findByHostnameForUpdate(String hostname) {
        return find(hostname, " FOR UPDATE");
    }

    private Optional<AgentView> find(String hostname, String lock) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT " + AGENT_VIEW_COLUMNS + " FROM computer WHERE hostname = ?" + lock)) {
            s.setString(1, hostname);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(agentView(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SqlFailure("reading computer " + hostname, e);
        }
    }

    private static AgentView agentView(ResultSet r) throws SQLException {
        return new AgentView(r.getLong("id"), r.getString("hostname"), r.getString("agent_key"),
                r.getString("pending_agent_key"), r.getString("server_key"), r.getString("agent_version"),
                r.getBigDecimal("agent_timestamp"), r.getLong("server_timestamp_us"),
                r.getObject("last_update", LocalDateTime.class), r.getObject("last_login", LocalDateTime.class),
                r.getBoolean("force_update"), SectionHashes.parse(r.getString("section_hashes")),
                r.getBigDecimal("agent_clock_ceiling"));
    }

    /**
     * Creates a computer; {@code createdBy} is the admin, or null when the agent registered itself.
     *
     * @return the new id
     */
    public long insert(String hostname, String notes, String createdBy, LocalDateTime now, RowUpdate extra) {
        RowUpdate row = new RowUpdate().set("hostname", hostname).set("notes", notes).set("created", now)
                .set("created_by", createdBy);
        extra.columns().forEach(row::set);
        Map<String, Object> columns = row.columns();
        String sql = "INSERT INTO computer (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, columns);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new SqlFailure("creating computer " + hostname, e);
        }
    }

    /** Writes admin or import changes to a computer row, whatever its agent timestamp. */
    public void update(long id, RowUpdate update) {
        Map<String, Object> columns = update.columns();
        if (columns.isEmpty()) {
            return;
        }
        StringBuilder sql = updateSet(columns).append(" WHERE id = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setLong(bind(s, columns), id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("updating computer " + id, e);
        }
    }

    /**
     * Writes a request's changes if its agent timestamp is still newer than the stored one — the replay check
     * and the write are one statement, so two nodes cannot both accept the same timestamp.
     *
     * @return false if the timestamp was not newer (replay)
     */
    public boolean updateIfNewer(long id, BigDecimal agentTimestamp, RowUpdate update) {
        Map<String, Object> columns = update.set("agent_timestamp", agentTimestamp).columns();
        StringBuilder sql = updateSet(columns);
        sql.append(" WHERE id = ? AND agent_timestamp < ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int next = bind(s, columns);
            s.setLong(next++, id);
            s.setBigDecimal(next, agentTimestamp);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new SqlFailure("updating computer " + id, e);
        }
    }

    /**
     * A hello's heartbeat, written outside any request transaction by {@link GroupCommit} (with the
     * heartbeats of other requests of the same moment): one statement. It succeeds only if
     * the agent timestamp is newer (replays refused, as in {@link #updateIfNewer}), the new server timestamp
     * is newer than the stored one (another node may have answered since), and every column the hello's
     * answer was computed from is still what {@code seen} holds. Any concurrent change (an admin forcing an
     * update or resetting keys, an inventory update, a key handshake) therefore makes it write nothing, and
     * the caller falls back to the full, transactional path — no writer has to remember to invalidate.
     *
     * @return false if nothing was written
     */
    public boolean recordHeartbeat(AgentView seen, BigDecimal agentTimestamp, long serverTimestampMicros,
                                   RowUpdate heartbeat) {
        Map<String, Object> columns = heartbeat.set("agent_timestamp", agentTimestamp)
                .set("server_timestamp_us", serverTimestampMicros).columns();
        Map<String, Object> unchanged = new LinkedHashMap<>();
        unchanged.put("agent_key", seen.agentKey());
        unchanged.put("pending_agent_key", seen.pendingAgentKey());
        unchanged.put("server_key", seen.serverKey());
        unchanged.put("agent_version", seen.agentVersion());
        unchanged.put("last_update", seen.lastUpdate());
        unchanged.put("last_login", seen.lastLogin());
        unchanged.put("force_update", seen.forceUpdate());
        String hashes = seen.sectionHashes().format();
        unchanged.put("section_hashes", hashes.isEmpty() ? null : hashes);
        StringBuilder sql = updateSet(columns);
        // after a clock reset only the full path may judge timestamps (AgentProtocol's ceiling rule)
        sql.append(" WHERE id = ? AND agent_timestamp < ? AND server_timestamp_us < ? AND agent_clock_ceiling IS NULL");
        unchanged.forEach((column, value) -> sql.append(value != null ? " AND " + column + " = ?"
                : column.equals("section_hashes") ? " AND (section_hashes IS NULL OR section_hashes = '')"
                : " AND " + column + " IS NULL"));
        List<Object> values = new ArrayList<>(columns.values());
        values.add(seen.id());
        values.add(agentTimestamp);
        values.add(serverTimestampMicros);
        unchanged.values().stream().filter(Objects::nonNull).forEach(values::add);
        return groupCommit.update(new GroupCommit.RowWrite(seen.id(), sql.toString(), values));
    }

    /** {@code UPDATE computer SET a = ?, b = ?} for the given columns, bound in order by {@link #bind}. */
    private static StringBuilder updateSet(Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE computer SET ");
        columns.keySet().forEach(column -> sql.append(column).append(" = ?, "));
        sql.setLength(sql.length() - 2);
        return sql;
    }

    private static int bind(PreparedStatement s, Map<String, Object> columns) throws SQLException {
        int index = 1;
        for (Object value : columns.values()) {
            s.setObject(index++, value);
        }
        return index;
    }
}
