package org.ocoj.platform.report.criteria;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.report.criteria.Criterion.Condition;
import org.ocoj.platform.report.criteria.Criterion.Count;
import org.ocoj.platform.report.criteria.Criterion.Exists;
import org.ocoj.platform.report.criteria.Criterion.Junction;
import org.ocoj.platform.report.criteria.Criterion.Not;

/**
 * Turns criteria JSON (maps and lists as parsed) into a {@link Criterion}, checking every field, operator and
 * value on the way. Every mistake is an INVALID {@link RequestException} naming where it is, e.g.
 * {@code criteria.all[1].field: unknown field "agent_key"}.
 */
public final class CriteriaParser {

    static final int MAX_DEPTH = 8;
    static final int MAX_CONDITIONS = 100;
    static final int MAX_TEXT = 500;
    static final int MAX_REGEX = 200;
    static final long MAX_DAYS = 36_500;

    /** The operators a {@code count} compares with. */
    public static final Set<Operator> COUNT_OPERATORS = Set.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LT, Operator.GT);

    private final ScopeCatalog catalog;
    private int conditions;

    private CriteriaParser(ScopeCatalog catalog) {
        this.catalog = catalog;
    }

    /** Criteria over the platform's own fields only. */
    public static Criterion parse(Object json, String path) {
        return parse(json, path, ScopeCatalog.builtIn());
    }

    /** Criteria over the fields of the given scopes (the platform's and enabled plugins'). */
    public static Criterion parse(Object json, String path, ScopeCatalog catalog) {
        return new CriteriaParser(catalog).node(json, path, Scope.COMPUTER, 0);
    }

    private Criterion node(Object json, String path, Scope scope, int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid(path, "criteria are nested deeper than " + MAX_DEPTH + " levels");
        }
        if (!(json instanceof Map)) {
            throw invalid(path, "must be an object");
        }
        Map<?, ?> map = (Map<?, ?>) json;
        if (map.containsKey("all") || map.containsKey("any")) {
            String key = map.containsKey("all") ? "all" : "any";
            only(map, path, key);
            return junction(key.equals("any"), map.get(key), path + "." + key, scope, depth);
        }
        if (map.containsKey("not")) {
            only(map, path, "not");
            return new Not(node(map.get("not"), path + ".not", scope, depth + 1));
        }
        if (map.containsKey("exists") || map.containsKey("not_exists")) {
            return exists(map, path, scope, depth);
        }
        if (map.containsKey("count")) {
            return count(map, path, scope, depth);
        }
        if (map.containsKey("field")) {
            return condition(map, path, scope);
        }
        throw invalid(path, "must have one of all, any, not, exists, not_exists, count or field");
    }

    private Criterion junction(boolean any, Object items, String path, Scope scope, int depth) {
        if (!(items instanceof List)) {
            throw invalid(path, "must be an array");
        }
        List<Criterion> parsed = new ArrayList<>();
        List<?> list = (List<?>) items;
        for (int i = 0; i < list.size(); i++) {
            parsed.add(node(list.get(i), path + "[" + i + "]", scope, depth + 1));
        }
        return new Junction(any, List.copyOf(parsed));
    }

    private Criterion exists(Map<?, ?> map, String path, Scope scope, int depth) {
        boolean negated = map.containsKey("not_exists");
        String key = negated ? "not_exists" : "exists";
        only(map, path, key, "where");
        Scope collection = collection(map, path, key, scope);
        return new Exists(collection, negated, where(map, path, collection, depth));
    }

    private Criterion count(Map<?, ?> map, String path, Scope scope, int depth) {
        only(map, path, "count", "where", "op", "value");
        countCondition(path);
        Scope collection = collection(map, path, "count", scope);
        Object opName = map.get("op");
        Operator op = operator(opName).filter(COUNT_OPERATORS::contains)
                .orElseThrow(() -> invalid(path + ".op", "a count compares with equals, not_equals, lt or gt, not "
                        + quoted(opName)));
        Object value = map.get("value");
        if (value == null) {
            throw invalid(path + ".value", "a count needs a value");
        }
        long count = wholeNumber(value, path + ".value");
        if (count < 0) {
            throw invalid(path + ".value", "cannot be negative");
        }
        return new Count(collection, where(map, path, collection, depth), op, count);
    }

    /** The collection an exists or count names; these cannot be nested. */
    private Scope collection(Map<?, ?> map, String path, String key, Scope scope) {
        if (scope != Scope.COMPUTER) {
            throw invalid(path, key + " cannot be nested inside exists or count");
        }
        Object name = map.get(key);
        return (name instanceof String ? catalog.collection((String) name) : Optional.<Scope>empty())
                .orElseThrow(() -> invalid(path + "." + key, "unknown collection " + quoted(name) + " (known: "
                        + catalog.collectionNames() + ")"));
    }

    private Criterion where(Map<?, ?> map, String path, Scope collection, int depth) {
        return map.get("where") == null ? null : node(map.get("where"), path + ".where", collection, depth + 1);
    }

    private Criterion condition(Map<?, ?> map, String path, Scope scope) {
        only(map, path, "field", "op", "value");
        countCondition(path);
        Object name = map.get("field");
        Field field = (name instanceof String ? scope.field((String) name) : Optional.<Field>empty())
                .orElseThrow(() -> invalid(path + ".field", "unknown field " + quoted(name) + " for " + scope.label()
                        + " (known: " + String.join(", ", scope.fields().keySet()) + ")"));
        Object opName = map.get("op");
        Operator op = operator(opName).orElseThrow(() -> invalid(path + ".op", "unknown operator " + quoted(opName)));
        if (!op.accepts(field.type())) {
            throw invalid(path + ".op", "operator " + op.jsonName() + " does not apply to " + field.name()
                    + " (" + field.type().name().toLowerCase() + ")");
        }
        if (op == Operator.IS_DUPLICATE && !field.identifying()) {
            throw invalid(path + ".op", "is_duplicate applies only to identifying fields such as serial or mac");
        }
        return new Condition(field, op, value(map.get("value"), field, op, path + ".value"));
    }

    private void countCondition(String path) {
        if (++conditions > MAX_CONDITIONS) {
            throw invalid(path, "criteria may hold at most " + MAX_CONDITIONS + " conditions");
        }
    }

    private static Optional<Operator> operator(Object name) {
        return name instanceof String ? Operator.named((String) name) : Optional.empty();
    }

    private static Object value(Object value, Field field, Operator op, String path) {
        if (!op.needsValue()) {
            if (value != null) {
                throw invalid(path, "operator " + op.jsonName() + " takes no value");
            }
            return null;
        }
        if (value == null) {
            throw invalid(path, "operator " + op.jsonName() + " needs a value");
        }
        switch (field.type()) {
            case NUMBER:
                return number(value, path);
            case BOOLEAN:
                if (!(value instanceof Boolean)) {
                    throw invalid(path, "must be true or false");
                }
                return value;
            case TIME:
                long days = wholeNumber(value, path);
                if (days < 0 || days > MAX_DAYS) {
                    throw invalid(path, "must be a number of days from 0 to " + MAX_DAYS);
                }
                return days;
            default:
                return text(value, op, path);
        }
    }

    private static String text(Object value, Operator op, String path) {
        if (!(value instanceof String)) {
            throw invalid(path, "must be a string");
        }
        String text = (String) value;
        if (text.length() > (op == Operator.REGEX ? MAX_REGEX : MAX_TEXT)) {
            throw invalid(path, "must be at most " + (op == Operator.REGEX ? MAX_REGEX : MAX_TEXT) + " characters");
        }
        if (op == Operator.REGEX) {
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw invalid(path, "is not a valid regular expression: " + e.getDescription());
            }
        }
        if ((op == Operator.VERSION_LT || op == Operator.VERSION_GT) && text.isBlank()) {
            throw invalid(path, "must be a version such as 1.2.3");
        }
        return text;
    }

    private static Number number(Object value, String path) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
            return ((BigInteger) value).longValue();
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        throw invalid(path, "must be a number");
    }

    private static long wholeNumber(Object value, String path) {
        Number number = number(value, path);
        if (!(number instanceof Long)) {
            throw invalid(path, "must be a whole number");
        }
        return number.longValue();
    }

    private static void only(Map<?, ?> map, String path, String... allowed) {
        Set<String> keys = Set.of(allowed);
        for (Object key : map.keySet()) {
            if (!keys.contains(key)) {
                throw invalid(path, "unexpected key " + quoted(key) + " (allowed here: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        text = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return value instanceof String ? "\"" + text + "\"" : text;
    }

    private static RequestException invalid(String path, String message) {
        return RequestException.invalid(path + ": " + message);
    }
}
