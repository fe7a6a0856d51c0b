package org.ocoj.platform.report.criteria;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The comparisons a condition can make; each accepts some field types and needs a value or not. */
public enum Operator {

    EQUALS("equals", "=", true, FieldType.TEXT, FieldType.NUMBER, FieldType.BOOLEAN),
    NOT_EQUALS("not_equals", "<>", true, FieldType.TEXT, FieldType.NUMBER, FieldType.BOOLEAN),
    CONTAINS("contains", "contains", true, FieldType.TEXT),
    STARTS_WITH("starts_with", "starts with", true, FieldType.TEXT),
    ENDS_WITH("ends_with", "ends with", true, FieldType.TEXT),
    REGEX("regex", "matches", true, FieldType.TEXT),
    LT("lt", "<", true, FieldType.NUMBER),
    GT("gt", ">", true, FieldType.NUMBER),
    VERSION_LT("version_lt", "version <", true, FieldType.TEXT),
    VERSION_GT("version_gt", "version >", true, FieldType.TEXT),
    OLDER_THAN_DAYS("older_than_days", "older than", true, FieldType.TIME),
    WITHIN_DAYS("within_days", "within", true, FieldType.TIME),
    IS_EMPTY("is_empty", "is empty", false, FieldType.TEXT, FieldType.NUMBER, FieldType.TIME),
    NOT_EMPTY("not_empty", "is not empty", false, FieldType.TEXT, FieldType.NUMBER, FieldType.TIME),
    IS_DUPLICATE("is_duplicate", "is duplicate", false, FieldType.TEXT);

    private final String name;
    private final String text;
    private final boolean needsValue;
    private final Set<FieldType> types;

    Operator(String name, String text, boolean needsValue, FieldType first, FieldType... more) {
        this.name = name;
        this.text = text;
        this.needsValue = needsValue;
        this.types = EnumSet.of(first, more);
    }

    /** The name used in criteria JSON. */
    public String jsonName() {
        return name;
    }

    /** How the human-readable rendering shows it. */
    public String text() {
        return text;
    }

    public boolean needsValue() {
        return needsValue;
    }

    public boolean accepts(FieldType type) {
        return types.contains(type);
    }

    public static Optional<Operator> named(String name) {
        for (Operator op : values()) {
            if (op.name.equals(name)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
