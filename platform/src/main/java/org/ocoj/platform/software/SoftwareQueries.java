package org.ocoj.platform.software;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.report.criteria.Versions;
import org.ocoj.platform.scope.CallerScope;

/**
 * The fleet's software, read from the shared catalogue ({@code software}) and the installations
 * ({@code computer_software}). The one place its SQL lives. Only catalogue entries some computer has are shown; for
 * an account limited to computer groups, only its computers count.
 * <p>
 * Why two steps for a list page: a page of names comes from the catalogue alone (a few thousand rows even for a
 * large fleet), and only the names on that page are counted over the installations, so a page never aggregates
 * every installation of the fleet.
 */
@ApplicationScoped
public class SoftwareQueries {

    private static final String INSTALLED = "EXISTS (SELECT 1 FROM computer_software cs WHERE cs.software_id = s.id "
            + "AND %s)";
    private static final String NAME_MATCHES = "LOWER(s.name) LIKE ? ESCAPE '!'";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    CallerScope caller;

    /** The caller's computers, over {@code cs.computer_id}: software only they have is not shown, counts are theirs. */
    private ComputerScope.Condition scope() {
        return caller.current().where("cs.computer_id");
    }

    private static Object[] params(List<?> first, ComputerScope.Condition scope, Object... last) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(scope.parameters());
        all.addAll(List.of(last));
        return all.toArray();
    }

    /** Names sorted alphabetically, each with its number of installed versions and of computers having it. */
    public Map<String, Object> list(String search, Paging paging) {
        String pattern = "%" + search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        ComputerScope.Condition scope = scope();
        String installed = String.format(INSTALLED, scope.sql());
        long total = ((Number) Sql.rows(dataSource, "SELECT COUNT(DISTINCT s.name) AS n FROM software s WHERE "
                + NAME_MATCHES + " AND " + installed, params(List.of(pattern), scope)).get(0).get("n")).longValue();
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT s.name AS name, COUNT(DISTINCT s.version) "
                + "AS versions FROM software s WHERE " + NAME_MATCHES + " AND " + installed
                + " GROUP BY s.name ORDER BY s.name LIMIT ? OFFSET ?",
                params(List.of(pattern), scope, paging.limit(), paging.offset()));
        Map<String, Long> computers = computersPerName(rows.stream().map(r -> (String) r.get("name")).toList());
        for (Map<String, Object> row : rows) {
            row.put("versions", ((Number) row.get("versions")).longValue());
            row.put("computers", computers.getOrDefault((String) row.get("name"), 0L));
        }
        return paging.answer("software", rows, total);
    }

    /**
     * How many computers have each name. Counting the installations of one catalogue entry is a range scan of the
     * {@code computer_software (software_id)} index alone; only a name with several entries (versions) needs the
     * distinct computers over all of them, since one computer may have two versions.
     */
    private Map<String, Long> computersPerName(List<String> names) {
        Map<String, Long> counts = new HashMap<>();
        if (names.isEmpty()) {
            return counts;
        }
        if (!caller.current().unlimited()) {
            // a scoped caller counts only its computers: no per-entry shortcut, the scope joins every row
            counts.putAll(distinctComputers(names, scope()));
            return counts;
        }
        Map<Long, String> nameOf = new HashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        for (Map<String, Object> row : Sql.rows(dataSource, "SELECT id, name FROM software WHERE name IN ("
                + marks(names.size()) + ")", names.toArray())) {
            nameOf.put(((Number) row.get("id")).longValue(), (String) row.get("name"));
            entries.merge((String) row.get("name"), 1, Integer::sum);
        }
        List<Long> single = nameOf.keySet().stream().filter(id -> entries.get(nameOf.get(id)) == 1).toList();
        if (!single.isEmpty()) {
            for (Map<String, Object> row : Sql.rows(dataSource, "SELECT software_id, COUNT(*) AS n FROM "
                    + "computer_software WHERE software_id IN (" + marks(single.size()) + ") GROUP BY software_id",
                    single.toArray())) {
                counts.put(nameOf.get(((Number) row.get("software_id")).longValue()), ((Number) row.get("n")).longValue());
            }
        }
        List<String> several = entries.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        if (!several.isEmpty()) {
            counts.putAll(distinctComputers(several, ComputerScope.UNLIMITED.where("cs.computer_id")));
        }
        return counts;
    }

    /** The distinct computers having each of these names (any entry), among those {@code scope} holds. */
    private Map<String, Long> distinctComputers(List<String> names, ComputerScope.Condition scope) {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : Sql.rows(dataSource, "SELECT s.name AS name, COUNT(DISTINCT cs.computer_id) "
                + "AS n FROM software s JOIN computer_software cs ON cs.software_id = s.id WHERE s.name IN ("
                + marks(names.size()) + ") AND " + scope.sql() + " GROUP BY s.name",
                params(new ArrayList<>(names), scope))) {
            counts.put((String) row.get("name"), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /**
     * One name: its versions (newest first) with the computers per version and per operating system, and one page
     * of the installations (computer, version), optionally of one version and one OS; empty when no computer has
     * software of that name.
     */
    public Optional<Map<String, Object>> get(String name, Optional<String> version, Optional<String> os,
                                             Paging paging) {
        ComputerScope.Condition scope = scope();
        List<Map<String, Object>> perOs = Sql.rows(dataSource, "SELECT s.version AS version, "
                + "COALESCE(c.os, '') AS os, COUNT(DISTINCT cs.computer_id) AS n, MAX(s.description) AS description "
                + "FROM software s JOIN computer_software cs ON cs.software_id = s.id "
                + "JOIN computer c ON c.id = cs.computer_id WHERE s.name = ? AND " + scope.sql()
                + " GROUP BY s.version, COALESCE(c.os, '')", params(List.of(name), scope));
        if (perOs.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, Object>> versions = new HashMap<>();
        for (Map<String, Object> row : perOs) {
            Map<String, Object> entry = versions.computeIfAbsent((String) row.get("version"), v -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("version", v);
                e.put("description", row.get("description"));
                e.put("computers", 0L);
                e.put("by_os", new ArrayList<Map<String, Object>>());
                return e;
            });
            long n = ((Number) row.get("n")).longValue();
            entry.put("computers", (Long) entry.get("computers") + n);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> byOs = (List<Map<String, Object>>) entry.get("by_os");
            byOs.add(new LinkedHashMap<>(Map.of("os", row.get("os"), "computers", n)));
        }
        List<Map<String, Object>> sorted = new ArrayList<>(versions.values());
        sorted.sort((a, b) -> Versions.compare((String) b.get("version"), (String) a.get("version")));
        for (Map<String, Object> entry : sorted) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> byOs = (List<Map<String, Object>>) entry.get("by_os");
            byOs.sort((a, b) -> Long.compare((Long) b.get("computers"), (Long) a.get("computers")));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("computers", ((Number) Sql.rows(dataSource, "SELECT COUNT(DISTINCT cs.computer_id) AS n "
                + "FROM software s JOIN computer_software cs ON cs.software_id = s.id WHERE s.name = ? AND "
                + scope.sql(), params(List.of(name), scope)).get(0).get("n")).longValue());
        result.put("versions", sorted);
        result.put("installed_on", installedOn(name, version, os, paging));
        return Optional.of(result);
    }

    private Map<String, Object> installedOn(String name, Optional<String> version, Optional<String> os,
                                            Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE s.name = ?");
        List<Object> params = new ArrayList<>(List.of(name));
        version.ifPresent(v -> {
            where.append(" AND s.version = ?");
            params.add(v);
        });
        os.ifPresent(o -> {
            where.append(" AND COALESCE(c.os, '') = ?");
            params.add(o);
        });
        ComputerScope.Condition scope = scope();
        where.append(" AND ").append(scope.sql());
        params.addAll(scope.parameters());
        String from = " FROM software s JOIN computer_software cs ON cs.software_id = s.id "
                + "JOIN computer c ON c.id = cs.computer_id" + where;
        long total = ((Number) Sql.rows(dataSource, "SELECT COUNT(*) AS n" + from, params.toArray()).get(0).get("n"))
                .longValue();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(paging.limit());
        pageParams.add(paging.offset());
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT c.id AS computer_id, c.hostname AS hostname, "
                + "c.os AS os, c.os_version AS os_version, s.version AS version, cs.installed AS installed" + from
                + " ORDER BY c.hostname, c.id, s.version LIMIT ? OFFSET ?", pageParams.toArray());
        return paging.answer("computers", rows, total);
    }
}
