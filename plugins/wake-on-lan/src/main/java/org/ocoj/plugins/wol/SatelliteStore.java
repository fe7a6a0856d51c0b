package org.ocoj.plugins.wol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.db.Db;

/** The plugin's table {@code wol_satellite}: all of its SQL. */
public final class SatelliteStore {

    private static final String COLUMNS = "id, name, position, address, port, username, privkey_path, pubkey_path, "
            + "passphrase_encrypted, command, host_key";

    private final Db db;

    public SatelliteStore(Db db) {
        this.db = db;
    }

    /** Every satellite, in the order they are tried. */
    public List<Satellite> list() {
        return db.list("SELECT " + COLUMNS + " FROM wol_satellite ORDER BY position, id", SatelliteStore::read);
    }

    public Optional<Satellite> find(long id) {
        return db.one("SELECT " + COLUMNS + " FROM wol_satellite WHERE id = ?", SatelliteStore::read, id);
    }

    /** @return the new id; a position of 0 means "after the last one" */
    public long insert(Satellite satellite) {
        return db.withConnection(c -> {
            Db one = Db.of(c);
            int position = satellite.position() > 0 ? satellite.position()
                    : (int) one.count("SELECT COALESCE(MAX(position), 0) + 1 FROM wol_satellite");
            return one.insert("INSERT INTO wol_satellite (name, position, address, port, username, privkey_path, "
                    + "pubkey_path, passphrase_encrypted, command, host_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values(satellite.withPosition(position)));
        });
    }

    public void update(Satellite satellite) {
        Object[] values = values(satellite);
        Object[] withId = Arrays.copyOf(values, values.length + 1);
        withId[values.length] = satellite.id();
        db.update("UPDATE wol_satellite SET name = ?, position = ?, address = ?, port = ?, username = ?, "
                + "privkey_path = ?, pubkey_path = ?, passphrase_encrypted = ?, command = ?, host_key = ? WHERE id = ?",
                withId);
    }

    /** @return false if there was no such satellite */
    public boolean delete(long id) {
        return db.update("DELETE FROM wol_satellite WHERE id = ?", id) > 0;
    }

    /** The columns after {@code id}, in {@link #COLUMNS}' order; an absent value is NULL. */
    private static Object[] values(Satellite satellite) {
        return new Object[] {satellite.name(), satellite.position(), satellite.address(), satellite.port(),
                satellite.username(), satellite.privateKeyPath(), satellite.publicKeyPath().orElse(null),
                satellite.passphraseEncrypted().orElse(null), satellite.command().orElse(null),
                satellite.hostKey().map(HostKeyPin::keyText).orElse(null)};
    }

    private static Satellite read(ResultSet r) throws SQLException {
        return new Satellite(r.getLong("id"), r.getString("name"), r.getInt("position"), r.getString("address"),
                r.getInt("port"), r.getString("username"), r.getString("privkey_path"),
                Optional.ofNullable(r.getString("pubkey_path")), Optional.ofNullable(r.getString("passphrase_encrypted")),
                Optional.ofNullable(r.getString("command")),
                Optional.ofNullable(r.getString("host_key")).map(HostKeyPin::parse));
    }
}
