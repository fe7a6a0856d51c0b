package org.ocoj.platform.report.criteria;

/** What a field holds, which decides the operators and value types a condition on it accepts. */
public enum FieldType { TEXT, NUMBER, TIME, BOOLEAN }
