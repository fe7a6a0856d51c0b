package org.ocoj.platform.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed in one section, for the change history (labels, not full rows). */
record SectionChange(String section, List<String> added, List<String> removed) {

    private static final int MAX_LISTED = 100;

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    Map<String, Object> detail() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("added_count", added.size());
        detail.put("removed_count", removed.size());
        detail.put("added", added.subList(0, Math.min(MAX_LISTED, added.size())));
        detail.put("removed", removed.subList(0, Math.min(MAX_LISTED, removed.size())));
        return detail;
    }
}
