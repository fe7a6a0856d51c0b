package org.ocoj.platform.inventory;

import java.util.Arrays;

/** One normalised inventory row and its content hash (its identity in set differences). */
record Row(Object[] values, String hash) {

    static Row of(String section, Object[] values) {
        Object[] keyed = Arrays.copyOf(values, values.length + 1);
        keyed[values.length] = section;
        return new Row(values, Hashing.sha1(keyed));
    }

    /** A short human-readable label for the change history: two values from {@code from} on. */
    String label(int from) {
        return values.length <= from + 1 ? String.valueOf(values[from]) : values[from] + " " + values[from + 1];
    }

    /** Order-independent hash of a whole section. */
    static String sectionHash(java.util.Collection<Row> rows) {
        return Hashing.sha256(rows.stream().map(Row::hash).sorted().toArray());
    }
}
