package org.ocoj.platform.report.criteria;

import java.util.List;

/**
 * The distinct stored values of a whitelisted column. Version operators compare in Java (no SQL dialect
 * compares versions portably) over the few distinct values and then bind the matching ones as parameters.
 */
@FunctionalInterface
public interface ValueLookup {

    List<String> distinct(Field field);
}
