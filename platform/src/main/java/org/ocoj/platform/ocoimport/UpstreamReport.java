package org.ocoj.platform.ocoimport;

/** An upstream report: raw SQL, which OCO-J does not run (ARCHITECTURE §8: reports are typed criteria). */
record UpstreamReport(long id, Long reportGroupId, String name, String notes, String sql) {
}
