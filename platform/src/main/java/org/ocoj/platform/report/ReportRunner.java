package org.ocoj.platform.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.scope.CallerScope;
import org.ocoj.platform.report.criteria.CriteriaCompiler;
import org.ocoj.platform.report.criteria.Field;
import org.ocoj.platform.report.criteria.Scope;
import org.ocoj.platform.report.criteria.SqlCondition;

/**
 * Evaluates reports in the database: compiles the criteria (bound parameters only) and selects the
 * matching computers, always with their {@code computer_id} (CLIENT-API §2.13). Columns come from the
 * computer field whitelist, so rows never hold keys or passwords.
 */
@ApplicationScoped
public class ReportRunner {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    CallerScope caller;

    /**
     * The report's criteria as a SQL condition over the computer alias {@code c}; the computers outside the caller's
     * scope never match.
     */
    public SqlCondition condition(Report report) {
        SqlCondition criteria = new CriteriaCompiler(this::distinct, clock).compile(report.usableCriteria());
        ComputerScope.Condition scope = caller.current().where("c.id");
        List<Object> parameters = new ArrayList<>(criteria.parameters());
        parameters.addAll(scope.parameters());
        return new SqlCondition("(" + criteria.sql() + ") AND " + scope.sql(), parameters);
    }

    List<Map<String, Object>> rows(Report report, Page page) {
        SqlCondition where = condition(report);
        StringBuilder sql = new StringBuilder("SELECT c.id AS computer_id");
        for (String column : report.columns()) {
            sql.append(", ").append(field(column).sql()).append(" AS ").append(column);
        }
        String order = page.orderBy().equals("computer_id") ? "c.id" : field(page.orderBy()).sql();
        String direction = page.descending() ? " DESC" : " ASC";
        sql.append(" FROM computer c WHERE ").append(where.sql()).append(" ORDER BY ").append(order).append(direction)
                .append(", c.id").append(direction).append(" LIMIT ? OFFSET ?");
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(page.limit());
        parameters.add(page.offset());
        return Sql.rows(dataSource, sql.toString(), parameters.toArray());
    }

    /** Ids of every computer the report matches, sorted. */
    public List<Long> computerIds(Report report) {
        SqlCondition where = condition(report);
        return Sql.rows(dataSource, "SELECT c.id FROM computer c WHERE " + where.sql() + " ORDER BY c.id",
                where.parameters().toArray()).stream()
                .map(row -> ((Number) row.get("id")).longValue()).collect(Collectors.toList());
    }

    private static Field field(String column) {
        return Scope.COMPUTER.field(column).orElseThrow(() -> new IllegalStateException("Unknown column " + column));
    }

    /** Distinct stored values of a whitelisted column (table and column names come from {@link Scope}). */
    private List<String> distinct(Field field) {
        return Sql.rows(dataSource, "SELECT DISTINCT " + field.column() + " AS v FROM " + field.table()).stream()
                .map(row -> row.get("v") == null ? null : row.get("v").toString()).collect(Collectors.toList());
    }
}
