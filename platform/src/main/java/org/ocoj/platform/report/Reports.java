package org.ocoj.platform.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.group.GroupTree;
import org.ocoj.platform.json.Json;
import org.ocoj.platform.report.criteria.CriteriaParser;
import org.ocoj.platform.report.criteria.CriteriaText;
import org.ocoj.platform.report.criteria.Criterion;
import org.ocoj.platform.report.criteria.ScopeCatalog;

/** Storage of reports and report groups: all SQL of the report tables. */
@ApplicationScoped
public class Reports {

    /** The report group of the predefined reports; it cannot be changed or removed. */
    public static final long PREDEFINED_GROUP = 1;

    private static final String COLUMNS = "SELECT id, report_group_id, name, notes, criteria, output_fields, predefined "
            + "FROM report ";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    ReportScopes scopes;

    private GroupTree groupTree;

    public Optional<Report> find(long id) {
        ScopeCatalog catalog = scopes.catalog();
        return Sql.rows(dataSource, COLUMNS + "WHERE id = ?", id).stream().map(row -> report(row, catalog)).findFirst();
    }

    public Report require(long id) {
        return find(id).orElseThrow(() -> RequestException.notFound("Not found"));
    }

    /** Every report, or those directly in one report group; sorted by name. */
    public List<Report> list(Optional<Long> reportGroupId) {
        List<Map<String, Object>> rows = reportGroupId.isPresent()
                ? Sql.rows(dataSource, COLUMNS + "WHERE report_group_id = ? ORDER BY name, id", reportGroupId.get())
                : Sql.rows(dataSource, COLUMNS + "ORDER BY name, id");
        ScopeCatalog catalog = scopes.catalog();
        return rows.stream().map(row -> report(row, catalog)).collect(Collectors.toList());
    }

    public Optional<Map<String, Object>> group(long id) {
        return groupTree().find(id);
    }

    /** Child report groups of a group, or the root-level ones; sorted by name. */
    public List<Map<String, Object>> groups(Optional<Long> parent) {
        return groupTree().children(parent);
    }

    /** The tree operations on {@code report_group}. */
    public GroupTree groupTree() {
        if (groupTree == null) {
            groupTree = new GroupTree(dataSource, "report_group", "parent_report_group_id");
        }
        return groupTree;
    }

    public long createGroup(Optional<Long> parent, String name) {
        groupTree().requireUniqueName(parent, name, -1);
        return Sql.insert(dataSource, "INSERT INTO report_group (parent_report_group_id, name) VALUES (?, ?)",
                parent.orElse(null), name);
    }

    /** How many reports are directly in the given groups. */
    public long reportCount(List<Long> groupIds) {
        return Sql.rows(dataSource, "SELECT COUNT(*) AS n FROM report WHERE report_group_id IN ("
                + "?, ".repeat(groupIds.size() - 1) + "?)", groupIds.toArray()).stream()
                .mapToLong(row -> ((Number) row.get("n")).longValue()).sum();
    }

    /** Deletes report groups (a subtree, parent first) and every report in them. */
    public void deleteGroups(List<Long> subtree) {
        for (Long id : subtree) {
            Sql.update(dataSource, "DELETE FROM report WHERE report_group_id = ?", id);
        }
        groupTree().delete(subtree);
    }

    public long create(ReportInput input, String admin) {
        return Sql.insert(dataSource, "INSERT INTO report (report_group_id, name, notes, criteria, output_fields, "
                + "predefined, created, created_by) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)", input.reportGroupId(),
                input.name(), input.notes(), Json.text(CriteriaText.json(input.criteria())),
                String.join(",", input.columns()), LocalDateTime.now(clock), admin);
    }

    public void update(long id, ReportInput input) {
        Sql.update(dataSource, "UPDATE report SET report_group_id = ?, name = ?, notes = ?, criteria = ?, "
                + "output_fields = ? WHERE id = ?", input.reportGroupId(), input.name(), input.notes(),
                Json.text(CriteriaText.json(input.criteria())), String.join(",", input.columns()), id);
    }

    public void delete(long id) {
        Sql.update(dataSource, "DELETE FROM report WHERE id = ?", id);
    }

    private static Report report(Map<String, Object> row, ScopeCatalog catalog) {
        Object criteria;
        try {
            criteria = Json.parse((String) row.get("criteria"));
        } catch (IOException e) {
            throw new IllegalStateException("Stored criteria of report " + row.get("id") + " are not JSON", e);
        }
        String fields = (String) row.get("output_fields");
        Object group = row.get("report_group_id");
        Criterion parsed = null;
        String problem = null;
        try {
            parsed = CriteriaParser.parse(criteria, "criteria", catalog);
        } catch (RequestException e) {
            problem = e.getMessage(); // e.g. a disabled plugin's scope: listed, but cannot run
        }
        return new Report(((Number) row.get("id")).longValue(), group == null ? null : ((Number) group).longValue(),
                (String) row.get("name"), (String) row.get("notes"), parsed, criteria, problem,
                fields.isEmpty() ? ReportInput.DEFAULT_COLUMNS : Arrays.asList(fields.split(",")),
                Boolean.TRUE.equals(row.get("predefined")) || Integer.valueOf(1).equals(row.get("predefined")));
    }
}
