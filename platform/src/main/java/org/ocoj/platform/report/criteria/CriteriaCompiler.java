package org.ocoj.platform.report.criteria;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.report.criteria.Criterion.Condition;
import org.ocoj.platform.report.criteria.Criterion.Count;
import org.ocoj.platform.report.criteria.Criterion.Exists;
import org.ocoj.platform.report.criteria.Criterion.Junction;
import org.ocoj.platform.report.criteria.Criterion.Not;

/**
 * The one place criteria become SQL. Column and table names come only from the {@link Scope} whitelist;
 * every value an admin wrote is a bound parameter. The result is a boolean expression over the computer
 * alias {@code c} that runs unchanged on MariaDB/MySQL and H2 (MySQL mode).
 *
 * <p>Text matching ({@code contains}, {@code starts_with}, {@code ends_with}) is case-insensitive on every
 * database; {@code equals} and {@code regex} follow the database collation (case-insensitive on MariaDB).
 */
public final class CriteriaCompiler {

    /** Bound parameters of one IN list; beyond this the version comparison is refused as too broad. */
    static final int MAX_VERSION_VALUES = 20_000;

    private final ValueLookup lookup;
    private final Clock clock;

    public CriteriaCompiler(ValueLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    public SqlCondition compile(Criterion criterion) {
        List<Object> parameters = new ArrayList<>();
        String sql = sql(criterion, parameters);
        return new SqlCondition(sql, List.copyOf(parameters));
    }

    private String sql(Criterion criterion, List<Object> p) {
        if (criterion instanceof Junction j) {
            if (j.items().isEmpty()) {
                return j.any() ? "1 = 0" : "1 = 1";
            }
            List<String> parts = new ArrayList<>();
            for (Criterion item : j.items()) {
                parts.add(sql(item, p));
            }
            return "(" + String.join(j.any() ? " OR " : " AND ", parts) + ")";
        }
        if (criterion instanceof Not n) {
            return "NOT (" + sql(n.inner(), p) + ")";
        }
        if (criterion instanceof Exists e) {
            return (e.negated() ? "NOT " : "") + "EXISTS (SELECT 1" + items(e.scope(), e.where(), p) + ")";
        }
        if (criterion instanceof Count n) {
            String count = "(SELECT COUNT(*)" + items(n.scope(), n.where(), p) + ")";
            p.add(n.value());
            return switch (n.op()) {
                case EQUALS -> count + " = ?";
                case NOT_EQUALS -> count + " <> ?";
                case LT -> count + " < ?";
                case GT -> count + " > ?";
                default -> throw new IllegalStateException("Operator without count SQL: " + n.op());
            };
        }
        return condition((Condition) criterion, p);
    }

    /** {@code FROM} and {@code WHERE} of a scope's items belonging to the computer {@code c}. */
    private String items(Scope scope, Criterion where, List<Object> p) {
        return " FROM " + scope.from + " WHERE " + scope.computerColumn + " = c.id"
                + (where == null ? "" : " AND " + sql(where, p));
    }

    private String condition(Condition c, List<Object> p) {
        Field f = c.field();
        String col = f.sql();
        switch (c.op()) {
            case EQUALS:
                p.add(c.value());
                return col + " = ?";
            case NOT_EQUALS:
                p.add(c.value());
                return "(" + col + " IS NULL OR " + col + " <> ?)";
            case CONTAINS:
                return like(col, "%" + escape(c) + "%", p);
            case STARTS_WITH:
                return like(col, escape(c) + "%", p);
            case ENDS_WITH:
                return like(col, "%" + escape(c), p);
            case REGEX:
                p.add(c.value());
                return col + " REGEXP ?";
            case LT:
                p.add(c.value());
                return col + " < ?";
            case GT:
                p.add(c.value());
                return col + " > ?";
            case VERSION_LT:
            case VERSION_GT:
                return versions(c, p);
            case OLDER_THAN_DAYS:
                p.add(daysAgo(c));
                return col + " < ?";
            case WITHIN_DAYS:
                p.add(daysAgo(c));
                return col + " >= ?";
            case IS_EMPTY:
                return f.type() == FieldType.TEXT ? "(" + col + " IS NULL OR " + col + " = '')" : col + " IS NULL";
            case NOT_EMPTY:
                return f.type() == FieldType.TEXT ? "(" + col + " IS NOT NULL AND " + col + " <> '')" : col + " IS NOT NULL";
            case IS_DUPLICATE:
                return col + " IN (SELECT d." + f.column() + " FROM " + f.table() + " d WHERE d." + f.column()
                        + " NOT IN ('', '-', '?') GROUP BY d." + f.column() + " HAVING COUNT(DISTINCT d." + f.owner()
                        + ") > 1)";
            default:
                throw new IllegalStateException("Operator without SQL: " + c.op());
        }
    }

    private static String like(String col, String pattern, List<Object> p) {
        p.add(pattern);
        return "LOWER(" + col + ") LIKE ? ESCAPE '!'";
    }

    /** The value, lower-cased, with LIKE's wildcards and our escape character made literal. */
    private static String escape(Condition c) {
        return ((String) c.value()).toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private LocalDateTime daysAgo(Condition c) {
        return LocalDateTime.now(clock).minusDays((Long) c.value());
    }

    private String versions(Condition c, List<Object> p) {
        String bound = (String) c.value();
        int sign = c.op() == Operator.VERSION_LT ? -1 : 1;
        List<String> matching = new ArrayList<>();
        for (String value : lookup.distinct(c.field())) {
            if (value != null && !value.isEmpty() && Integer.signum(Versions.compare(value, bound)) == sign) {
                matching.add(value);
            }
        }
        if (matching.isEmpty()) {
            return "1 = 0";
        }
        if (matching.size() > MAX_VERSION_VALUES) {
            throw new RequestException(RequestException.Kind.FAILED, c.field().name() + " " + c.op().jsonName()
                    + " matches more than " + MAX_VERSION_VALUES + " distinct versions; narrow the report");
        }
        p.addAll(matching);
        return c.field().sql() + " IN (" + "?, ".repeat(matching.size() - 1) + "?)";
    }
}
