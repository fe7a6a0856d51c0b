package org.ocoj.plugins.wol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The plugin's table {@code wol_satellite}: all of its SQL. */
public final class SatelliteStore {

    private static final String COLUMNS = "id, name, position, address, port, username, privkey_path, pubkey_path, "
            + "passphrase_encrypted, command, host_key";

    private final DataSource dataSource;

    public SatelliteStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every satellite, in the order they are tried. */
    public List<Satellite> list() {
        return query("SELECT " + COLUMNS + " FROM wol_satellite ORDER BY position, id", null);
    }

    public Optional<Satellite> find(long id) {
        return query("SELECT " + COLUMNS + " FROM wol_satellite WHERE id = ?", id).stream().findFirst();
    }

    /** @return the new id; a position of 0 means "after the last one" */
    public long insert(Satellite satellite) {
        String sql = "INSERT INTO wol_satellite (name, position, address, port, username, privkey_path, pubkey_path, "
                + "passphrase_encrypted, command, host_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int position = satellite.position() > 0 ? satellite.position() : nextPosition(c);
            bind(s, satellite.withPosition(position));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("storing", e);
        }
    }

    public void update(Satellite satellite) {
        String sql = "UPDATE wol_satellite SET name = ?, position = ?, address = ?, port = ?, username = ?, "
                + "privkey_path = ?, pubkey_path = ?, passphrase_encrypted = ?, command = ?, host_key = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, satellite);
            s.setLong(11, satellite.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("updating", e);
        }
    }

    /** @return false if there was no such satellite */
    public boolean delete(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM wol_satellite WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("removing", e);
        }
    }

    private static int nextPosition(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM wol_satellite")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void bind(PreparedStatement s, Satellite satellite) throws SQLException {
        s.setString(1, satellite.name());
        s.setInt(2, satellite.position());
        s.setString(3, satellite.address());
        s.setInt(4, satellite.port());
        s.setString(5, satellite.username());
        s.setString(6, satellite.privateKeyPath());
        setOptional(s, 7, satellite.publicKeyPath());
        setOptional(s, 8, satellite.passphraseEncrypted());
        setOptional(s, 9, satellite.command());
        setOptional(s, 10, satellite.hostKey().map(HostKeyPin::keyText));
    }

    private static void setOptional(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private List<Satellite> query(String sql, Long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            List<Satellite> satellites = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    satellites.add(new Satellite(r.getLong("id"), r.getString("name"), r.getInt("position"),
                            r.getString("address"), r.getInt("port"), r.getString("username"),
                            r.getString("privkey_path"), Optional.ofNullable(r.getString("pubkey_path")),
                            Optional.ofNullable(r.getString("passphrase_encrypted")),
                            Optional.ofNullable(r.getString("command")),
                            Optional.ofNullable(r.getString("host_key")).map(HostKeyPin::parse)));
                }
            }
            return satellites;
        } catch (SQLException e) {
            throw failure("reading", e);
        }
    }

    private static IllegalStateException failure(String doing, SQLException e) {
        return new IllegalStateException("Database error while " + doing + " WOL satellites: " + e.getMessage(), e);
    }
}
