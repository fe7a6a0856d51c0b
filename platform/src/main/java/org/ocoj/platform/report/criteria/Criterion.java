package org.ocoj.platform.report.criteria;

import java.util.List;

/**
 * A report's typed criteria: a tree of and/or groups, negations, conditions on whitelisted fields, and
 * exists/not-exists tests and counts on a computer's inventory collections (or a plugin's scope). Built only by {@link CriteriaParser}, so
 * every instance is valid.
 */
public sealed interface Criterion {

    /** {@code {"all": [...]}} (every item holds) or {@code {"any": [...]}} (at least one holds). */
    record Junction(boolean any, List<Criterion> items) implements Criterion {
    }

    /** {@code {"not": {...}}}. */
    record Not(Criterion inner) implements Criterion {
    }

    /** {@code {"field": "os", "op": "contains", "value": "Debian"}}; value is null for operators without one. */
    record Condition(Field field, Operator op, Object value) implements Criterion {
    }

    /** {@code {"exists": "software", "where": {...}}} or {@code {"not_exists": ...}}; where may be null (any row). */
    record Exists(Scope scope, boolean negated, Criterion where) implements Criterion {
    }

    /**
     * {@code {"count": "software", "where": {...}, "op": "gt", "value": 10}}: how many items of a collection
     * (matching where, which may be null) the computer has, compared with a whole number.
     */
    record Count(Scope scope, Criterion where, Operator op, long value) implements Criterion {
    }
}
