package org.ocoj.platform.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;

/**
 * The shared software catalogue. New entries are inserted outside the caller's transaction, in fingerprint
 * order and in auto-committed batches: the catalogue only grows, so an entry whose update later rolls back
 * does no harm, and thousands of agents reporting the same new packages at once never hold catalogue locks
 * across their whole update (no deadlocks between them).
 * <p>
 * Because entries are never changed or deleted, an id once read is right forever, on every node: each node
 * remembers up to {@code oco.software.cache.size} of them and asks the database only for packages it has not
 * seen (a fleet shares most packages, so a first inventory of 805 packages mostly costs no lookup at all).
 * Whoever adds a clean-up of unused catalogue entries must clear this memory too.
 */
@ApplicationScoped
public class SoftwareCatalogue {

    private static final int CHUNK = 500;
    private static final int ATTEMPTS = 5;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    ServerConfig config;

    private final Map<String, Long> known = new ConcurrentHashMap<>();
    private int limit;

    @PostConstruct
    void init() {
        limit = config.softwareCacheSize();
    }

    /** @return catalogue id per fingerprint, for every given item */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, Long> ensure(Collection<SoftwareItem> items) {
        Map<String, Long> ids = new HashMap<>();
        List<SoftwareItem> unknown = new ArrayList<>();
        for (SoftwareItem item : items) {
            Long id = known.get(item.fingerprint());
            if (id != null) {
                ids.put(item.fingerprint(), id);
            } else {
                unknown.add(item);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, Long> read = readOrInsert(unknown);
            ids.putAll(read);
            read.forEach((fingerprint, id) -> {
                if (known.size() < limit) {
                    known.put(fingerprint, id);
                }
            });
        }
        return ids;
    }

    private Map<String, Long> readOrInsert(List<SoftwareItem> items) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Long> ids = lookup(c, items);
            // INSERT IGNORE also skips a row that H2 2.2 gave a duplicate generated id (see Deadlocks): insert
            // what is still missing again
            for (int attempt = 1; ; attempt++) {
                List<SoftwareItem> missing = missing(items, ids);
                if (missing.isEmpty()) {
                    return ids;
                }
                if (attempt > ATTEMPTS) {
                    throw new SQLException(missing.size() + " software catalogue entries could not be stored");
                }
                missing.sort(Comparator.comparing(SoftwareItem::fingerprint));
                insertIgnoringDuplicates(c, missing);
                ids.putAll(lookup(c, missing));
            }
        } catch (SQLException e) {
            throw new SqlFailure("updating the software catalogue", e);
        }
    }

    private static List<SoftwareItem> missing(List<SoftwareItem> items, Map<String, Long> ids) {
        List<SoftwareItem> missing = new ArrayList<>();
        for (SoftwareItem item : items) {
            if (!ids.containsKey(item.fingerprint())) {
                missing.add(item);
            }
        }
        return missing;
    }

    private static Map<String, Long> lookup(Connection c, Collection<SoftwareItem> items) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<SoftwareItem> list = new ArrayList<>(items);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<SoftwareItem> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            String sql = "SELECT id, fingerprint FROM software WHERE fingerprint IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i).fingerprint());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.put(r.getString(2), r.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static void insertIgnoringDuplicates(Connection c, List<SoftwareItem> items) throws SQLException {
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<SoftwareItem> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT IGNORE INTO software (fingerprint, name, version, description) VALUES (?, ?, ?, ?)")) {
                    for (SoftwareItem item : chunk) {
                        s.setString(1, item.fingerprint());
                        s.setString(2, item.name());
                        s.setString(3, item.version());
                        s.setString(4, item.description());
                        s.addBatch();
                    }
                    s.executeBatch();
                    break;
                } catch (SQLException e) {
                    // 40001: deadlock/serialization failure; the statement was rolled back alone, so retry it
                    if (!"40001".equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }
}
