package org.ocoj.platform.report.criteria;

import java.util.List;

/** Compiled criteria: a SQL boolean expression over the computer alias {@code c} and its bound parameters. */
public record SqlCondition(String sql, List<Object> parameters) {
}
